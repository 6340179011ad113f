package cn.kczg.reports.tables;

import static java.util.Objects.requireNonNull;

import cn.kczg.reports.forms.Form;
import java.time.LocalDate;
import java.util.List;

/**
 * What a program run asks the reports module to write: one workbook of its tables, the CSV files of
 * the tables that name one, and its official forms (under {@code forms/}).
 *
 * @param title the workbook's document title
 * @param asOf the date the figures are for; it also dates the files (no clock time goes in them)
 * @param workbookFile the workbook's file name, e.g. {@code funding.xlsx}
 * @param tables the tables, in sheet order
 * @param forms the forms, in the order written
 */
public record TableReport(
    String title, LocalDate asOf, String workbookFile, List<ResultTable> tables, List<Form> forms) {
  public TableReport {
    requireNonNull(title, "title is null");
    requireNonNull(asOf, "asOf is null");
    requireNonNull(workbookFile, "workbookFile is null");
    tables = List.copyOf(tables);
    forms = List.copyOf(forms);
  }

  /** The table with this sheet title. */
  public ResultTable table(String title) {
    return tables.stream()
        .filter(t -> t.title().equals(title))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table " + title));
  }
}
