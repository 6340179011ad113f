package cn.kczg.schemas.read;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.source.SourceDefinition;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The status values of one file's accepted item rows that its definition neither counts as
 * published nor lists under {@code not_published}, each with how many rows carry it and their first
 * lines, so a data engineer can map it. Counting is unchanged: such rows do not count.
 *
 * <p>Example: a 资讯.csv whose rows 4 and 9 say {@code PUBLISHED} gives one {@link UnknownStatus}
 * ({@code PUBLISHED}, 2 rows, lines [4, 9]) and the note "状态 'PUBLISHED' in … (2 row(s), line 4, 9)
 * is not a status the source 'news' knows, …". Pieces of a file read apart are {@link #merge}d.
 */
public final class UnknownStatuses implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Lines kept per value; the count goes on. */
  static final int LINES_KEPT = 10;

  private final SourceDefinition definition;
  private final Map<String, long[]> counts = new TreeMap<>();
  private final Map<String, List<Long>> lines = new TreeMap<>();

  /**
   * One unknown status value.
   *
   * @param value the status as written (trimmed)
   * @param rows how many rows carry it
   * @param lines the first of their lines, ascending (at most ten)
   */
  public record UnknownStatus(String value, long rows, List<Long> lines) implements Serializable {
    public UnknownStatus {
      lines = List.copyOf(lines);
    }
  }

  public UnknownStatuses(SourceDefinition definition) {
    this.definition = requireNonNull(definition, "definition is null");
  }

  /** Takes note of an accepted items row's status when it is unknown; other rows are ignored. */
  public void offer(RowOutcome row) {
    if (definition.role() != Role.ITEMS || !row.accepted()) {
      return;
    }
    String status = (String) row.values()[STATUS];
    if (status != null && definition.isUnknownStatus(status)) {
      counts.computeIfAbsent(status, s -> new long[1])[0]++;
      add(lines.computeIfAbsent(status, s -> new ArrayList<>()), row.line());
    }
  }

  /** Adds another piece's findings (of the same file). */
  public void merge(UnknownStatuses other) {
    other.counts.forEach((v, n) -> counts.computeIfAbsent(v, s -> new long[1])[0] += n[0]);
    other.lines.forEach(
        (v, l) -> l.forEach(x -> add(lines.computeIfAbsent(v, s -> new ArrayList<>()), x)));
  }

  /** The unknown values, by value. */
  public List<UnknownStatus> found() {
    List<UnknownStatus> out = new ArrayList<>();
    counts.forEach((v, n) -> out.add(new UnknownStatus(v, n[0], lines.get(v))));
    return out;
  }

  /** One note per unknown value, for the ingest summary and the ledger. */
  public List<String> notes(String file) {
    return found().stream()
        .map(
            u ->
                Errors.unknownStatus(
                    file,
                    statusColumn(),
                    u.value(),
                    u.rows(),
                    u.lines(),
                    definition.id(),
                    definition.origin()))
        .toList();
  }

  private String statusColumn() {
    List<String> names = definition.columns().get("status");
    return names == null || names.isEmpty() ? "status" : names.get(0);
  }

  private static void add(List<Long> kept, long line) {
    int at = java.util.Collections.binarySearch(kept, line);
    if (at < 0) {
      kept.add(-at - 1, line);
      if (kept.size() > LINES_KEPT) {
        kept.remove(kept.size() - 1);
      }
    }
  }

  /** Position of the status among the items role's fields. */
  private static final int STATUS = indexOfStatus();

  private static int indexOfStatus() {
    List<Role.Field> fields = Role.ITEMS.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals("status")) {
        return i;
      }
    }
    throw new IllegalStateException("items have a status field");
  }
}
