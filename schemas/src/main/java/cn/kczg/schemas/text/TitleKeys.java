package cn.kczg.schemas.text;

import java.io.Serializable;

/**
 * Grouping keys for the checks, plain Java so they can be tested and used in Spark functions alike.
 * A title key is the normalized title (NFKC, no white space, lower case) with trailing numbers and
 * punctuation removed: {@code 技术交流会（2）}, {@code 技术交流会 3} and {@code 技术交流会。} all become {@code
 * 技术交流会}. A title that is nothing but numbers keeps its digits, so {@code 2022} and {@code 2023}
 * stay apart.
 */
public final class TitleKeys implements Serializable {
  private static final long serialVersionUID = 1L;

  private TitleKeys() {}

  /** The title key; empty for a blank title (blank titles are never compared). */
  public static String title(String title) {
    String t = Names.normalize(title).toLowerCase(java.util.Locale.ROOT);
    int end = t.length();
    while (end > 0 && trailing(t.codePointBefore(end))) {
      end -= Character.charCount(t.codePointBefore(end));
    }
    return end == 0 ? t : t.substring(0, end);
  }

  /** The key of a person: normalized 姓名, 职称 and 研究领域; empty when the name is blank. */
  public static String person(String name, String position, String field) {
    String n = Names.normalize(name);
    return n.isEmpty() ? "" : n + "|" + Names.normalize(position) + "|" + Names.normalize(field);
  }

  private static boolean trailing(int cp) {
    if (Character.isDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return switch (type) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL ->
          true;
      default -> false;
    };
  }
}
