package cn.kczg.reports.html;

import cn.kczg.reports.text.FormulaGuard;

/** Escaping for HTML text and attributes. */
final class HtmlText {
  private HtmlText() {}

  /** Input text: neutralized against formulas, then escaped. */
  static String input(String text) {
    return escape(FormulaGuard.neutralize(text));
  }

  /** Text we produced: escaped only. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
