package cn.kczg.jobs.programs.table;

import java.util.List;

/**
 * A problem with input that a run lists instead of dropping in silence: a refused row, a conflict
 * between rows, an unknown value.
 *
 * @param file the input file, as shown to people
 * @param line the line (CSV) or row (XLSX) as shown when the file is opened; 0 for the file as a
 *     whole
 * @param column the column concerned, or "" when none
 * @param reason what is wrong and what to do, e.g. "8.5 is above the maximum 5 of 开展学术交流"
 */
public record RowProblem(String file, long line, String column, String reason) {

  /** The header of the problems table. */
  public static final List<String> HEADER = List.of("文件 file", "行 line", "列 column", "问题 problem");

  /** A problem of one row. */
  public static RowProblem of(InputRow row, String column, String reason) {
    return new RowProblem(row.file(), row.line(), column, reason);
  }

  /** One sentence naming file, line and column, e.g. {@code a.csv line 3, column 纺织: …}. */
  public String message() {
    String where =
        file + (line > 0 ? " line " + line : "") + (column.isEmpty() ? "" : ", column " + column);
    return where + ": " + reason;
  }

  /** The problem as a row of the problems table; the line is blank for the file as a whole. */
  public List<Object> cells() {
    return java.util.Arrays.asList(file, line > 0 ? line : null, column, reason);
  }
}
