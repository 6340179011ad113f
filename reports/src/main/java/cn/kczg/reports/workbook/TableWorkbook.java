package cn.kczg.reports.workbook;

import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.tables.ResultTable;
import cn.kczg.reports.tables.TableReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook of a {@link TableReport}: one sheet per table, each a {@link SheetTable} (styled
 * header, sized columns, frozen header, autofilter, print setup), saved by {@link XlsxFiles} with
 * the report's date, so the same report gives the same bytes.
 */
public final class TableWorkbook {
  private static final int ROWS_IN_MEMORY = 200;

  private TableWorkbook() {}

  /** Writes the report's tables to {@code file}; returns it. */
  public static Path write(TableReport report, Path file) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try {
      Styles styles = new Styles(workbook);
      for (ResultTable table : report.tables()) {
        sheet(
            new SheetTable(workbook.createSheet(table.title()), styles, table.header()),
            styles,
            table);
      }
      return XlsxFiles.save(workbook, file, report.asOf(), report.title());
    } finally {
      try {
        workbook.close();
      } catch (IOException e) {
        throw ReportErrors.cannotWrite(file, e);
      }
    }
  }

  private static void sheet(SheetTable sheet, Styles styles, ResultTable table) {
    for (List<Object> values : table.rows()) {
      Row row = sheet.next();
      for (int c = 0; c < values.size(); c++) {
        Object value = values.get(c);
        if (value instanceof Number n) {
          sheet.number(row, c, n.doubleValue(), styles.general);
        } else {
          sheet.text(row, c, value == null ? null : value.toString());
        }
      }
    }
    sheet.finish();
  }
}
