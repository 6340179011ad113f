package cn.kczg.jobs.programs.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A result table to write as a CSV file or a workbook sheet. Cells are {@link Number}s (written as
 * numbers), or anything else (written as its text; null as blank).
 *
 * @param title the sheet name (at most 31 characters, no {@code []:*?/\})
 * @param header the column headers
 * @param rows the rows, already in their final order
 */
public record OutputTable(String title, List<String> header, List<List<Object>> rows) {
  public OutputTable {
    header = List.copyOf(header);
    List<List<Object>> copy = new ArrayList<>();
    rows.forEach(r -> copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r))));
    rows = List.copyOf(copy);
  }

  /** The problems table of a run. */
  public static OutputTable problems(List<RowProblem> problems) {
    return new OutputTable(
        "问题", RowProblem.HEADER, problems.stream().map(RowProblem::cells).toList());
  }
}
