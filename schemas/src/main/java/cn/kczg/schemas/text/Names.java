package cn.kczg.schemas.text;

import java.text.Normalizer;

/**
 * The one name normalization of the counting rules: Unicode NFKC (full-width letters, digits,
 * brackets and spaces become half-width), then every white-space character removed. Nothing
 * fuzzier: {@code 衡阳市（第一）医院 } and {@code 衡阳市(第一)医院} are equal, {@code 有限公司} and {@code 有限责任公司} are
 * not.
 */
public final class Names {
  private Names() {}

  /** The normalized form of a name; empty for null or blank. */
  public static String normalize(String name) {
    if (name == null) {
      return "";
    }
    String nfkc = nfkc(name);
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); ) {
      int cp = nfkc.codePointAt(i);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != 0xFEFF) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * Unicode NFKC. Most names and dates are plain ASCII and CJK ideographs, which NFKC leaves as
   * they are; those skip the normalizer (a third of the cost of typing a row).
   */
  public static String nfkc(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unchanged =
          (c >= 0x20 && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
      if (!unchanged) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return text;
  }

  /** Trims ordinary and full-width blanks at both ends, keeping the inside as it is. */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
