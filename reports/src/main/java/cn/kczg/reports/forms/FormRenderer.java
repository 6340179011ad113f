package cn.kczg.reports.forms;

import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.text.FileNames;
import cn.kczg.reports.workbook.XlsxFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Draws a {@link Form} on one sheet with the look of the official forms ({@link FormSheet}: title,
 * bordered and merged cells, A4) and saves it with {@link XlsxFiles}, dated by the run's date.
 */
public final class FormRenderer {
  private FormRenderer() {}

  /** Writes the form into {@code dir}; returns the file. */
  public static Path write(Form form, Path dir, LocalDate asOf) {
    Path file = dir.resolve(FileNames.safe(form.fileName()));
    int[] widths = form.widths().stream().mapToInt(Integer::intValue).toArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      FormSheet sheet = new FormSheet(workbook, form.sheet(), widths);
      sheet.text(0, 0, widths.length - 1, form.title(), sheet.title, 40);
      for (int r = 0; r < form.rows().size(); r++) {
        row(sheet, r + 1, form.rows().get(r));
      }
      return XlsxFiles.save(workbook, file, asOf, form.title());
    } catch (IOException e) {
      throw ReportErrors.cannotWrite(file, e);
    }
  }

  private static void row(FormSheet sheet, int index, Form.Row row) {
    int column = 0;
    float height = row.height();
    for (Form.Cell cell : row.cells()) {
      int to = column + Math.max(1, cell.span()) - 1;
      sheet.text(index, column, to, cell.text(), style(sheet, cell.look()), height);
      height = 0;
      column = to + 1;
    }
  }

  private static CellStyle style(FormSheet sheet, Form.Look look) {
    return switch (look) {
      case PLAIN -> sheet.plain;
      case LABEL -> sheet.label;
      case VALUE -> sheet.boxed;
      case CENTERED -> sheet.boxedCentered;
      case RIGHT -> sheet.boxedRight;
    };
  }
}
