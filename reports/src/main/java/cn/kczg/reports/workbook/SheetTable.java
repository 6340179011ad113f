package cn.kczg.reports.workbook;

import cn.kczg.reports.text.DisplayWidth;
import cn.kczg.reports.text.FormulaGuard;
import cn.kczg.reports.text.SharedText;
import cn.kczg.schemas.messages.Messages;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet holding one table: a header row, then rows. It tracks each column's display width
 * (Chinese characters count two) and, on {@link #finish}, sizes the columns, freezes the header,
 * adds an autofilter and sets up printing (A4 landscape, one page wide, header row on every page;
 * text wraps in columns capped at {@link #MAX_WIDTH} characters, so fitting the width never shrinks
 * a sheet with long text to an unreadable size). Text always goes into string cells, never
 * formulas: phones masked ({@link SharedText}), and text a spreadsheet would read as a formula
 * marked as text (Excel's quote prefix).
 */
public final class SheetTable {
  private static final int MIN_WIDTH = 6;

  /** Wider text wraps inside its column, so a sheet fit to one page's width stays readable. */
  static final int MAX_WIDTH = 40;

  private final Sheet sheet;
  private final Styles styles;
  private final int[] widths;
  private int nextRow;

  /** A table on {@code sheet} with this header in its first row. */
  public SheetTable(Sheet sheet, Styles styles, List<String> header) {
    this.sheet = sheet;
    this.styles = styles;
    this.widths = new int[header.size()];
    Row row = next();
    for (int i = 0; i < header.size(); i++) {
      text(row, i, header.get(i), styles.header);
    }
  }

  /**
   * Column headings by key: the text of {@code column.<key>}, the same label the documented table
   * gives a CSV column of that name (e.g. {@code org_id} → 机构编号).
   */
  public static List<String> labels(Messages messages, String... keys) {
    return java.util.Arrays.stream(keys).map(k -> messages.text("column." + k)).toList();
  }

  /** Starts the next row. */
  public Row next() {
    return sheet.createRow(nextRow++);
  }

  /** A text cell in the default style. */
  public void text(Row row, int col, String value) {
    text(row, col, value, styles.text);
  }

  /**
   * A text cell in a given style; null is empty text. Excel holds at most 32,767 characters in a
   * cell, so longer text (e.g. the evidence of a flag over thousands of items) is cut with a note
   * pointing to the CSV, which keeps it whole.
   */
  public void text(Row row, int col, String value, CellStyle style) {
    String v = fit(SharedText.of(value));
    Cell cell = row.createCell(col);
    cell.setCellValue(v);
    cell.setCellStyle(FormulaGuard.readsAsFormula(v) ? styles.quoted(style) : style);
    track(col, DisplayWidth.of(v));
  }

  /** The most characters a cell takes before it is cut. */
  static final int MAX_CELL_TEXT = 32_767;

  static String fit(String text) {
    if (text.length() <= MAX_CELL_TEXT) {
      return text;
    }
    String cut = Messages.current().text("workbook.cut");
    int end = MAX_CELL_TEXT - cut.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + cut;
  }

  /** A number cell in a given style (format decides how it shows). */
  public void number(Row row, int col, double value, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    track(col, Math.max(6, String.valueOf((long) value).length() + 2));
  }

  /** A whole number in the default number style. */
  public void integer(Row row, int col, long value) {
    number(row, col, value, styles.integer);
  }

  /** Index of the last row written (0 when only the header exists). */
  public int lastRow() {
    return nextRow - 1;
  }

  /** Sizes columns, freezes the header, adds the autofilter and print setup. */
  public void finish() {
    for (int i = 0; i < widths.length; i++) {
      int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 2));
      sheet.setColumnWidth(i, chars * 256);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, lastRow()), 0, widths.length - 1));
    printSetup(sheet);
  }

  /** A4 landscape, one page wide, the first row repeated on every page, narrow margins. */
  static void printSetup(Sheet sheet) {
    pageSetup(sheet);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
  }

  /** A4 landscape, one page wide (as many pages down as needed), narrow margins, centred. */
  static void pageSetup(Sheet sheet) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(PageMargin.LEFT, 0.4);
    sheet.setMargin(PageMargin.RIGHT, 0.4);
    sheet.setMargin(PageMargin.TOP, 0.5);
    sheet.setMargin(PageMargin.BOTTOM, 0.5);
  }

  private void track(int col, int width) {
    if (col < widths.length) {
      widths[col] = Math.max(widths[col], width);
    }
  }
}
