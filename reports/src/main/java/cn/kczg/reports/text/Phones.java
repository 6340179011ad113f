package cn.kczg.reports.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks phone numbers for every output except the official forms, which go to reviewers.
 *
 * <p>A mobile keeps its first three and last four digits: {@code 13812345678} becomes {@code
 * 138****5678}. In a phone field every run of seven or more digits is masked the same way (a run of
 * seven or eight keeps only its last four), so {@code 0734-8839102} becomes {@code 0734-***9102}.
 * In free text (a quarantined raw line) only what looks like a phone is masked, so dates and ids
 * stay readable.
 */
public final class Phones {
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d{7,}");
  private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
  private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}-\\d{7,8}(?!\\d)");

  private Phones() {}

  /** A phone field with its digits masked, e.g. {@code 138****5678}. */
  public static String mask(String phone) {
    if (phone == null) {
      return "";
    }
    return replace(DIGIT_RUN.matcher(phone), Phones::maskRun);
  }

  /** Free text with the mobiles and landlines in it masked, other digits left alone. */
  public static String maskWithin(String text) {
    if (text == null) {
      return "";
    }
    if (!hasDigitRun(text)) {
      return text; // every phone has a run of seven digits or more; most cells have none
    }
    String mobilesMasked = replace(MOBILE.matcher(text), Phones::maskRun);
    return replace(LANDLINE.matcher(mobilesMasked), Phones::mask);
  }

  private static boolean hasDigitRun(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run >= 7) {
        return true;
      }
    }
    return false;
  }

  private static String maskRun(String digits) {
    int keepHead = digits.length() >= 9 ? 3 : 0;
    int keepTail = 4;
    return digits.substring(0, keepHead)
        + "*".repeat(digits.length() - keepHead - keepTail)
        + digits.substring(digits.length() - keepTail);
  }

  private static String replace(Matcher m, java.util.function.UnaryOperator<String> masker) {
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(masker.apply(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}
