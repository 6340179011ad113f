package cn.kczg.schemas.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small XLSX fixtures: text cells, number cells, and real Excel date cells (LocalDate). */
final class Xlsx {
  private Xlsx() {}

  static byte[] of(Object[]... rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
      Sheet sheet = wb.createSheet("Sheet1");
      for (int i = 0; i < rows.length; i++) {
        Row row = sheet.createRow(i);
        for (int j = 0; j < rows[i].length; j++) {
          Object v = rows[i][j];
          if (v instanceof LocalDate d) {
            row.createCell(j).setCellValue(d);
            row.getCell(j).setCellStyle(date);
          } else if (v instanceof Number n) {
            row.createCell(j).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(j).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
