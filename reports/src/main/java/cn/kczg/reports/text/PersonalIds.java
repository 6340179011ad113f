package cn.kczg.reports.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the identifiers of people other than phones in free text: resident ID numbers (18
 * characters whose birth date and check character are valid, so an 18-digit item id stays readable)
 * keep their first three and last four characters, {@code 430405199003071234} becoming {@code
 * 430***********1234}; an e-mail address keeps the first character of its local part and its
 * domain, {@code wangwei@163.com} becoming {@code w***@163.com}.
 */
final class PersonalIds {
  private static final Pattern ID_NUMBER =
      Pattern.compile(
          "(?<![0-9A-Za-z])[1-9]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"
              + "\\d{3}[0-9Xx](?![0-9A-Za-z])");
  private static final Pattern EMAIL =
      Pattern.compile("(?<![\\w.+-])([\\w.+-])[\\w.+-]*@([\\w-]+(?:\\.[\\w-]+)+)");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECKS = "10X98765432";

  private PersonalIds() {}

  /** The text with the ID numbers and e-mail addresses in it masked. */
  static String maskWithin(String text) {
    Matcher m = EMAIL.matcher(text);
    String out = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "***@" + r.group(2)));
    Matcher ids = ID_NUMBER.matcher(out);
    StringBuilder masked = new StringBuilder();
    while (ids.find()) {
      String id = ids.group();
      ids.appendReplacement(
          masked,
          Matcher.quoteReplacement(
              valid(id) ? id.substring(0, 3) + "*".repeat(11) + id.substring(14) : id));
    }
    ids.appendTail(masked);
    return masked.toString();
  }

  /** Whether the 18th character is the ID number's check character (GB 11643). */
  static boolean valid(String id) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * WEIGHTS[i];
    }
    return Character.toUpperCase(id.charAt(17)) == CHECKS.charAt(sum % 11);
  }
}
