package cn.kczg.reports.text;

/**
 * How many columns text takes in a fixed-width view such as a spreadsheet column: Chinese,
 * Japanese, Korean and full-width characters take two, others one. Used to size columns so Chinese
 * names fit.
 *
 * <p>Example: {@code of("衡阳ABC") == 7}.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  /** The display width of the text (0 for null). */
  public static int of(String text) {
    if (text == null) {
      return 0;
    }
    return text.codePoints().map(DisplayWidth::width).sum();
  }

  /** The width of one code point: 2 when wide, else 1. */
  public static int width(int codePoint) {
    return wide(codePoint) ? 2 : 1;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
