package cn.kczg.jobs.metrics;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Each item's state at the main as-of date for the integrity checks: a read of the current-state
 * table, or what the counting scan of all drops found, kept (persisted) so the checks need no
 * second sort of history. One row per item that an organization owns at that date (attribution as
 * for the counts) and that either counts or was withdrawn after a count:
 *
 * <p>{@code kind, item_id, org_id, counted, item_date, title, field, position, title_key,
 * person_key, withdrawn_on} (the keys of {@code cn.kczg.schemas.text.TitleKeys}), where {@code
 * withdrawn_on} lists the drop dates (up to the main date) in which the item was withdrawn while
 * the ledger's previous drop carried it published and dated on or before that drop.
 *
 * <p>Close it to release a persisted frame.
 */
public final class MainStates implements AutoCloseable {
  /** Columns of {@link #rows()}. */
  static final List<String> COLUMNS =
      List.of(
          "kind",
          "item_id",
          "org_id",
          "counted",
          "item_date",
          "title",
          "field",
          "position",
          "title_key",
          "person_key",
          "withdrawn_on");

  private final Dataset<Row> states;
  private final LocalDate main;
  private final boolean persisted;
  private final long bytes;
  private final Dataset<Row> groups;
  private final long groupsBytes;

  /**
   * @param states rows at {@code main} (and perhaps other dates, filtered out)
   * @param persisted whether {@code states} is persisted, to be released on close
   * @param bytes the size of the table the rows are read from, -1 when unknown
   */
  MainStates(Dataset<Row> states, LocalDate main, boolean persisted, long bytes) {
    this(states, main, persisted, bytes, null, -1);
  }

  private MainStates(
      Dataset<Row> states,
      LocalDate main,
      boolean persisted,
      long bytes,
      Dataset<Row> groups,
      long groupsBytes) {
    this.states = requireNonNull(states, "states is null");
    this.main = requireNonNull(main, "main is null");
    this.persisted = persisted;
    this.bytes = bytes;
    this.groups = groups;
    this.groupsBytes = groupsBytes;
  }

  /**
   * These states with the check groups derived from them ({@link CheckGroups}'s rows, with {@code
   * counted} and {@code withdrawn_on} at the main date as in {@link #rows()} in place of {@code
   * published} and {@code withdrawals}), {@code bytes} large.
   */
  MainStates withGroups(Dataset<Row> groups, long bytes) {
    return new MainStates(states, main, persisted, this.bytes, requireNonNull(groups), bytes);
  }

  /**
   * The check groups derived from these states, when the table holds them for the same states and
   * attribution: then the checks read them instead of grouping {@link #rows()}.
   */
  public java.util.Optional<Dataset<Row>> groups() {
    return java.util.Optional.ofNullable(groups);
  }

  /** The size in bytes of the check groups' table, -1 when there are none. */
  public long groupsBytes() {
    return groupsBytes;
  }

  /**
   * What the counting scan must keep for the checks.
   *
   * @param withdrawnStatuses the 状态 values meaning withdrawn; empty: withdrawals are not traced
   * @param drops the ledger's drop dates up to the main date, ascending (a drop's previous drop is
   *     the one before it in this list)
   */
  public record Request(List<String> withdrawnStatuses, List<LocalDate> drops) {
    public Request {
      withdrawnStatuses = List.copyOf(withdrawnStatuses);
      drops = List.copyOf(drops);
    }
  }

  /** The date the states hold at. */
  public LocalDate main() {
    return main;
  }

  /**
   * The size in bytes of the table the rows are read from (the current-state table's files at the
   * version read), -1 when unknown (the states of a scan of all drops).
   */
  public long tableBytes() {
    return bytes;
  }

  /** The rows described above. */
  public Dataset<Row> rows() {
    return states
        .where(col("as_of").equalTo(lit(main)).and(col("org_id").isNotNull()))
        .select(COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  @Override
  public void close() {
    if (persisted) {
      states.unpersist();
    }
  }
}
