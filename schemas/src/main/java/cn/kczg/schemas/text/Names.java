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
    String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
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
