package cn.kczg.reports.forms;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A printed form on one sheet: a title, bordered cells, merged ranges, A4 portrait. */
final class FormSheet {
  /** The font official forms use. */
  static final String FONT = "宋体";

  final Sheet sheet;
  final CellStyle title;
  final CellStyle plain;
  final CellStyle label;
  final CellStyle boxed;
  final CellStyle boxedCentered;
  final CellStyle boxedRight;

  FormSheet(XSSFWorkbook workbook, String name, int[] widths) {
    sheet = workbook.createSheet(name);
    title = style(workbook, font(workbook, true, 16), false, HorizontalAlignment.CENTER);
    plain = style(workbook, font(workbook, false, 12), false, HorizontalAlignment.LEFT);
    label = style(workbook, font(workbook, true, 12), true, HorizontalAlignment.CENTER);
    boxed = style(workbook, font(workbook, false, 12), true, HorizontalAlignment.LEFT);
    boxedCentered = style(workbook, font(workbook, false, 12), true, HorizontalAlignment.CENTER);
    boxedRight = style(workbook, font(workbook, false, 12), true, HorizontalAlignment.RIGHT);
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
  }

  /** Text across columns {@code from..to} of a row (merged when wider than one column). */
  void text(int rowIndex, int from, int to, String text, CellStyle style, float heightPoints) {
    Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
    if (heightPoints > 0) {
      row.setHeightInPoints(heightPoints);
    }
    for (int c = from; c <= to; c++) {
      Cell cell = row.createCell(c);
      cell.setCellStyle(style);
      if (c == from) {
        cell.setCellValue(text == null ? "" : text);
      }
    }
    if (to > from) {
      sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, from, to));
    }
  }

  private static XSSFFont font(XSSFWorkbook wb, boolean bold, int points) {
    XSSFFont f = wb.createFont();
    f.setFontName(FONT);
    f.setBold(bold);
    f.setFontHeightInPoints((short) points);
    return f;
  }

  private static XSSFCellStyle style(
      XSSFWorkbook wb, XSSFFont font, boolean border, HorizontalAlignment align) {
    XSSFCellStyle s = wb.createCellStyle();
    s.setFont(font);
    s.setAlignment(align);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setWrapText(true);
    if (border) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
    return s;
  }
}
