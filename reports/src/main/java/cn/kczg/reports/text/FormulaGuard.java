package cn.kczg.reports.text;

/**
 * Keeps text that came from input files from being run as a spreadsheet formula (CSV / formula
 * injection). Text starting with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe, which spreadsheets show as text. Apply it to input text only: numbers we compute are
 * written as they are.
 *
 * <p>Example: {@code neutralize("=HYPERLINK(\"http://x\")")} is {@code
 * "'=HYPERLINK(\"http://x\")"}; {@code neutralize("衡阳市科协")} is unchanged.
 */
public final class FormulaGuard {
  private FormulaGuard() {}

  /** The text, with an apostrophe in front when a spreadsheet would read it as a formula. */
  public static String neutralize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return readsAsFormula(text) ? "'" + text : text;
  }

  /**
   * True when a spreadsheet would read this text as a formula: it starts with = + - @, tab or CR.
   */
  public static boolean readsAsFormula(String text) {
    return text != null && !text.isEmpty() && dangerous(text.charAt(0));
  }

  private static boolean dangerous(char first) {
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
