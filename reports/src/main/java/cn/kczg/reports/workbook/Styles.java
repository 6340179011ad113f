package cn.kczg.reports.workbook;

import cn.kczg.reports.chart.Palette;
import java.awt.Color;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The cell styles of one workbook, created once each (Excel limits a workbook to 64,000 styles, so
 * styles are shared, never made per cell).
 */
public final class Styles {
  /** The font of every cell: one that Chinese Windows and Office always have. */
  public static final String FONT = "微软雅黑";

  private static final String SIGNED = "+0;-0;0";
  private final Workbook workbook;
  final CellStyle header;
  final CellStyle text;
  final CellStyle integer;
  final CellStyle percent;
  final CellStyle met;
  final CellStyle unmet;
  final CellStyle metText;
  final CellStyle unmetText;
  final CellStyle up;
  final CellStyle down;
  final CellStyle wrapped;
  final CellStyle signed;
  final CellStyle upNumber;
  final CellStyle downNumber;
  final CellStyle signedPercent;
  final CellStyle title;
  final CellStyle bold;
  final CellStyle general;

  /** The styles of this workbook. */
  public Styles(Workbook workbook) {
    this.workbook = workbook;
    header = style(font(true, null), Palette.HEADER_FILL, null);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setWrapText(true);
    text = style(font(false, null), null, null);
    text.setWrapText(true); // long text wraps in its capped column instead of widening the print

    integer = style(font(false, null), null, "0");
    percent = style(font(false, null), null, "0.0%");
    met = style(font(false, Palette.MET_TEXT), Palette.MET_FILL, "0");
    unmet = style(font(false, Palette.UNMET_TEXT), Palette.UNMET_FILL, "0");
    metText = style(font(false, Palette.MET_TEXT), Palette.MET_FILL, null);
    unmetText = style(font(false, Palette.UNMET_TEXT), Palette.UNMET_FILL, null);
    metText.setWrapText(true);
    unmetText.setWrapText(true);
    up = style(font(false, Palette.MET_TEXT), null, null);
    down = style(font(false, Palette.UNMET_TEXT), null, null);
    wrapped = style(font(false, null), null, null);
    wrapped.setWrapText(true);
    signed = style(font(false, null), null, SIGNED);
    upNumber = style(font(false, Palette.MET_TEXT), null, SIGNED);
    downNumber = style(font(false, Palette.UNMET_TEXT), null, SIGNED);
    signedPercent = style(font(false, null), null, "+0.0%;-0.0%;0.0%");
    title = (XSSFCellStyle) workbook.createCellStyle();
    XSSFFont big = font(true, null);
    big.setFontHeightInPoints((short) 14);
    title.setFont(big);
    bold = workbook.createCellStyle();
    bold.setFont(font(true, null));
    general = style(font(false, null), null, "General");
  }

  private final java.util.Map<CellStyle, CellStyle> quoted = new java.util.IdentityHashMap<>();

  /**
   * The style with Excel's "quote prefix" set: the cell's text is text, never a formula, as a
   * leading apostrophe marks it in the CSV files. One copy per style, made on first use.
   */
  CellStyle quoted(CellStyle style) {
    return quoted.computeIfAbsent(
        style,
        s -> {
          CellStyle copy = workbook.createCellStyle();
          copy.cloneStyleFrom(s);
          copy.setQuotePrefixed(true);
          return copy;
        });
  }

  /** The style of a rank change symbol: green for ▲, red for ▼, plain otherwise. */
  CellStyle change(String symbol) {
    return symbol.startsWith("▲") ? up : symbol.startsWith("▼") ? down : text;
  }

  /** The workbook these styles belong to. */
  public Workbook workbook() {
    return workbook;
  }

  /** A bordered style with an optional fill and number format. */
  public XSSFCellStyle style(XSSFFont font, Color fill, String format) {
    XSSFCellStyle s = (XSSFCellStyle) workbook.createCellStyle();
    s.setFont(font);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    if (fill != null) {
      s.setFillForegroundColor(color(fill));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    if (format != null) {
      s.setDataFormat(workbook.createDataFormat().getFormat(format));
    }
    return s;
  }

  /** A font of the workbook's family, optionally bold or coloured. */
  public XSSFFont font(boolean bold, Color color) {
    XSSFFont f = (XSSFFont) workbook.createFont();
    f.setFontName(FONT);
    f.setFontHeightInPoints((short) 10);
    f.setBold(bold);
    if (color != null) {
      f.setColor(color(color));
    }
    return f;
  }

  /** An AWT colour as a workbook colour. */
  public static XSSFColor color(Color c) {
    return new XSSFColor(
        new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()}, null);
  }
}
