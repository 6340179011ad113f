package cn.kczg.reports.tables;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One result table: a workbook sheet, and a CSV file when {@code csvFile} is given. Cells are
 * {@link Number}s (written as numbers), or anything else (written as its text; null as blank). Text
 * passes the shared-output rules (phones masked, no formula).
 *
 * @param title the sheet name (at most 31 characters, no {@code []:*?/\})
 * @param csvFile the CSV file name, or null for a sheet only
 * @param header the column headers
 * @param rows the rows, already in their final order
 */
public record ResultTable(
    String title, String csvFile, List<String> header, List<List<Object>> rows) {
  public ResultTable {
    requireNonNull(title, "title is null");
    header = List.copyOf(header);
    List<List<Object>> copy = new ArrayList<>();
    rows.forEach(r -> copy.add(Collections.unmodifiableList(new ArrayList<>(r))));
    rows = List.copyOf(copy);
  }

  /** A sheet that is also written as {@code csvFile}. */
  public static ResultTable withCsv(
      String title, String csvFile, List<String> header, List<List<Object>> rows) {
    return new ResultTable(title, csvFile, header, rows);
  }

  /** A sheet only. */
  public static ResultTable sheet(String title, List<String> header, List<List<Object>> rows) {
    return new ResultTable(title, null, header, rows);
  }
}
