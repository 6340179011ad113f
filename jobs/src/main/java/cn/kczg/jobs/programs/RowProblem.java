package cn.kczg.jobs.programs;

import java.util.Arrays;
import java.util.List;

/**
 * A problem with input that a run lists instead of dropping in silence: a refused row, a conflict
 * between rows, an unknown value, a rule of the notice a row breaks.
 *
 * @param file the input file, as shown to people
 * @param line the line (CSV) or row (workbook) as shown when the file is opened; 0 for the file as
 *     a whole
 * @param column the column concerned, or "" when none
 * @param reason what is wrong and what to do, e.g. "8.5 is above the maximum 5 of 开展学术交流"
 */
public record RowProblem(String file, long line, String column, String reason) {

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
    return Arrays.asList(file, line > 0 ? line : null, column, reason);
  }
}
