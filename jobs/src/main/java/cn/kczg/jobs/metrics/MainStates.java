package cn.kczg.jobs.metrics;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import cn.kczg.jobs.store.Warehouse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Each item's state at the as-of date for the integrity checks, read from the versions that hold
 * then ({@link ItemStates}): one row per item an organization owns at that date (attribution as for
 * the counts) that either counts or was withdrawn right after a count ({@link Withdrawals}):
 *
 * <p>{@code kind, item_id, org_id, counted, item_date, title, field, position, title_key,
 * person_key, withdrawn_on} (the keys of {@code cn.kczg.schemas.text.TitleKeys}, computed when the
 * version was ingested), where {@code withdrawn_on} lists the drops (up to the as-of date) in which
 * the item was withdrawn while the drop before carried it published and dated.
 */
public final class MainStates {
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

  /**
   * What the checks need traced besides the states.
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

  private final Dataset<Row> rows;
  private final LocalDate main;
  private final long bytes;
  private final java.util.SortedSet<LocalDate> withdrawalDates;

  private MainStates(
      Dataset<Row> rows, LocalDate main, long bytes, java.util.SortedSet<LocalDate> withdrawals) {
    this.rows = requireNonNull(rows, "rows is null");
    this.main = requireNonNull(main, "main is null");
    this.bytes = bytes;
    this.withdrawalDates = java.util.Collections.unmodifiableSortedSet(withdrawals);
  }

  /** The states at {@code main}, attributed by the registry in force then and the aliases. */
  public static MainStates at(
      Warehouse warehouse,
      RegistryHistory registry,
      Map<String, String> aliases,
      LocalDate main,
      Request request) {
    Dataset<Row> held = new ItemStates(warehouse).at(main);
    long bytes = held.queryExecution().optimizedPlan().stats().sizeInBytes().longValue();
    Dataset<Row> states =
        new Attribution(registry, aliases)
            .attribute(held.withColumn("as_of", lit(main)), List.of(main))
            .withColumn("counted", ItemStates.counted(lit(main)));
    Column none = array().cast(DataTypes.createArrayType(DataTypes.DateType));
    Withdrawals.Found found = Withdrawals.of(warehouse, request, main);
    Dataset<Row> withdrawn = found == null ? null : found.rows();
    if (withdrawn == null) {
      states = states.withColumn("withdrawn_on", none);
    } else {
      states =
          states
              .join(withdrawn, states.col("key_hash").equalTo(withdrawn.col("w_key")), "left")
              .withColumn("withdrawn_on", coalesce(col("withdrawn_on"), none));
    }
    return new MainStates(
        states
            .where(col("org_id").isNotNull().and(col("counted").or(size(col("withdrawn_on")).gt(0))))
            .select(COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new)),
        main,
        bytes,
        found == null ? new java.util.TreeSet<>() : found.dates());
  }

  /**
   * The drops some item was withdrawn in, and the drops before them: the dates whose counts the
   * withdrawal check compares.
   */
  public java.util.SortedSet<LocalDate> withdrawalDates() {
    return withdrawalDates;
  }

  /** The date the states hold at. */
  public LocalDate main() {
    return main;
  }

  /** The size in bytes of what the rows are read from (Spark's estimate of the versions read). */
  public long tableBytes() {
    return bytes;
  }

  /** The rows described above. */
  public Dataset<Row> rows() {
    return rows;
  }
}
