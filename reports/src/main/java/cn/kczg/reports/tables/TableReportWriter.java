package cn.kczg.reports.tables;

import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.csv.CsvTable;
import cn.kczg.reports.forms.FormRenderer;
import cn.kczg.reports.forms.OfficialForms;
import cn.kczg.reports.workbook.TableWorkbook;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link TableReport}: the workbook ({@link TableWorkbook}, saved by the module's one
 * deterministic saver), then each table's CSV file ({@link CsvTable}), then the forms ({@link
 * FormRenderer}). The same report gives the same bytes.
 */
public final class TableReportWriter {
  private TableReportWriter() {}

  /** Writes everything into {@code dir} (created when missing); returns the files in that order. */
  public static List<Path> write(TableReport report, Path dir) {
    createDirectories(dir);
    List<Path> files = new ArrayList<>();
    files.add(TableWorkbook.write(report, dir.resolve(report.workbookFile())));
    for (ResultTable table : report.tables()) {
      if (table.csvFile() != null) {
        files.add(csv(table).write(dir.resolve(table.csvFile())));
      }
    }
    if (!report.forms().isEmpty()) {
      Path forms = createDirectories(dir.resolve(OfficialForms.FOLDER));
      report.forms().forEach(f -> files.add(FormRenderer.write(f, forms, report.asOf())));
    }
    return files;
  }

  /** A table as CSV: numbers as written, everything else as text. */
  public static CsvTable csv(ResultTable table) {
    CsvTable csv = new CsvTable(table.header());
    for (List<Object> row : table.rows()) {
      csv.row();
      for (Object cell : row) {
        if (cell instanceof BigDecimal d) {
          csv.number(d.toPlainString());
        } else if (cell instanceof Number n) {
          csv.number(n);
        } else {
          csv.text(cell == null ? null : cell.toString());
        }
      }
    }
    return csv;
  }

  private static Path createDirectories(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw ReportErrors.cannotWrite(dir, e);
    }
  }
}
