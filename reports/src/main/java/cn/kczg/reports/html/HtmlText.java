package cn.kczg.reports.html;

import cn.kczg.reports.text.FormulaGuard;
import cn.kczg.reports.text.SharedText;
import java.nio.charset.StandardCharsets;

/** Escaping for HTML text, attributes and relative links. */
final class HtmlText {
  private static final String HEX = "0123456789ABCDEF";

  private HtmlText() {}

  /** Input text: neutralized against formulas, then escaped. */
  static String input(String text) {
    return escape(FormulaGuard.neutralize(text));
  }

  /** Text we produced: phones masked ({@link SharedText}, as in every shared text) and escaped. */
  static String escape(String raw) {
    String text = SharedText.of(raw);
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

  /**
   * A relative path as a link target: every byte outside {@code A-Z a-z 0-9 - . _ ~ /}
   * percent-encoded in UTF-8, so {@code forms/推荐汇总表-衡南县科协.xlsx} or a name with {@code #} or {@code
   * ?} still points at its file.
   */
  static String href(String relativePath) {
    StringBuilder out = new StringBuilder();
    for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (Character.isLetterOrDigit(c) && c < 128 || "-._~/".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
      }
    }
    return out.toString();
  }
}
