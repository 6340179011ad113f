package cn.kczg.reports.chart;

import java.awt.Color;

/**
 * The colours of every chart, and the fills of the workbook, in one place so a colour means the
 * same thing everywhere: green is met or shortlisted, amber is qualifying beyond the slots, red is
 * unmet, grey-blue is near-qualifying.
 */
public final class Palette {
  /** Bars of completion; shortlisted organizations. */
  public static final Color SHORTLISTED = new Color(0x2E, 0x7D, 0x32);

  /** Qualifying organizations beyond a channel's slots. */
  public static final Color BEYOND_SLOTS = new Color(0xF9, 0xA8, 0x25);

  /** Near-qualifying organizations (the reserve). */
  public static final Color NEAR = new Color(0x78, 0x90, 0x9C);

  /** A channel's slots (the marker on the channel chart). */
  public static final Color SLOTS = new Color(0xC6, 0x28, 0x28);

  /** A bar of an organization that has not met every target. */
  public static final Color NOT_MET = new Color(0xEF, 0x6C, 0x00);

  /** Gridlines and outlines. */
  public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  /** One line per item kind on the trend chart, in {@code ItemKind} order. */
  public static final Color[] KINDS = {
    new Color(0x15, 0x65, 0xC0),
    new Color(0x2E, 0x7D, 0x32),
    new Color(0xF9, 0xA8, 0x25),
    new Color(0x6A, 0x1B, 0x9A),
    new Color(0xC6, 0x28, 0x28)
  };

  /**
   * Completion bands 0–20% … 100% on the distribution chart: red through amber to the green of
   * {@link #SHORTLISTED}, so "all met" has the same green as everywhere else.
   */
  public static final Color[] BANDS = {
    new Color(0xC6, 0x28, 0x28),
    new Color(0xEF, 0x6C, 0x00),
    new Color(0xF9, 0xA8, 0x25),
    new Color(0xC0, 0xCA, 0x33),
    new Color(0x7C, 0xB3, 0x42),
    SHORTLISTED
  };

  /** Workbook fill of a met target (Excel's "Good" green). */
  public static final Color MET_FILL = new Color(0xC6, 0xEF, 0xCE);

  /** Workbook text on a met target. */
  public static final Color MET_TEXT = new Color(0x00, 0x61, 0x00);

  /** Workbook fill of an unmet target (Excel's "Bad" red). */
  public static final Color UNMET_FILL = new Color(0xFF, 0xC7, 0xCE);

  /** Workbook text on an unmet target. */
  public static final Color UNMET_TEXT = new Color(0x9C, 0x00, 0x06);

  /** Workbook header fill. */
  public static final Color HEADER_FILL = new Color(0xD9, 0xE1, 0xF2);

  /** Workbook data bar of completion. */
  public static final Color COMPLETION_BAR = new Color(0x63, 0xBE, 0x7B);

  private Palette() {}

  /** The colour as the six hex digits Excel and HTML use, e.g. {@code C6EFCE}. */
  public static String hex(Color c) {
    return String.format(
        java.util.Locale.ROOT, "%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }
}
