package cn.kczg.schemas.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates seen in platform exports, all read as Asia/Shanghai calendar days: {@code
 * 2022-07-01}, {@code 2022/7/1}, {@code 2022-07-01 09:30:00}, {@code 2022年7月1日}, {@code 2022.7.1},
 * {@code 20220701}, and Excel serial day numbers (from XLSX date cells). A time of day is dropped:
 * an item dated 2022-07-01 23:59 counts as of 2022-07-01.
 */
public final class Dates {
  private static final Pattern YMD =
      Pattern.compile(
          "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[T\\s]\\s*(.*))?$");

  /**
   * A time of day after the date: {@code 09:30}, {@code 9:30:00}, {@code 09:30:00.123}, an ISO zone
   * ({@code Z}, {@code +08:00}), {@code AM}/{@code PM}, or {@code 9时30分[0秒]}. Anything else there
   * makes the text no date.
   */
  private static final Pattern TIME =
      Pattern.compile(
          "^(\\d{1,2})(?::(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s*(?:[AaPp][Mm])?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?"
              + "|时(\\d{1,2})分(?:(\\d{1,2})秒)?)$");

  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private Dates() {}

  /** The day a text names, or empty when it names none (blank, garbage, 2022-13-40). */
  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    // NFKC first: full-width digits (２０２２) are seen in hand-typed cells.
    String t = Names.clean(Names.nfkc(text));
    if (t.isEmpty()) {
      return Optional.empty();
    }
    LocalDate iso = iso(t);
    if (iso != null) {
      return Optional.of(iso);
    }
    Matcher m = YMD.matcher(t);
    if (!m.matches()) {
      m = COMPACT.matcher(t);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    if (m.groupCount() > 3 && m.group(4) != null && !validTime(m.group(4).trim())) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code yyyy-MM-dd} exactly, the common form, without a pattern; null otherwise. */
  private static LocalDate iso(String t) {
    if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
      return null;
    }
    int y = digits(t, 0, 4);
    int m = digits(t, 5, 7);
    int d = digits(t, 8, 10);
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static int digits(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * The day and time of day a text names ({@code 2023-11-20 17:00}, {@code 2023/11/20 5:00 PM},
   * {@code 2023年11月20日 17时00分}), or empty when it names none. A day without a time is its start
   * (00:00); an ISO zone after the time is ignored (times are Asia/Shanghai local time).
   */
  public static Optional<LocalDateTime> parseDateTime(String text) {
    Optional<LocalDate> day = parse(text);
    if (day.isEmpty()) {
      return Optional.empty();
    }
    String t = Names.clean(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC));
    Matcher m = YMD.matcher(t);
    String time = m.matches() && m.group(4) != null ? m.group(4).trim() : "";
    return Optional.of(day.get().atTime(timeOfDay(time)));
  }

  private static LocalTime timeOfDay(String text) {
    Matcher t = TIME.matcher(text);
    if (text.isEmpty() || !t.matches()) {
      return LocalTime.MIDNIGHT;
    }
    boolean colon = t.group(4) == null;
    int hours = Integer.parseInt(t.group(1));
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    if (upper.contains("PM") && hours < 12) {
      hours += 12;
    } else if (upper.contains("AM") && hours == 12) {
      hours = 0;
    }
    return LocalTime.of(
        hours, part(colon ? t.group(2) : t.group(4)), part(colon ? t.group(3) : t.group(5)));
  }

  /**
   * True for a real time of day (hours 0-23, minutes and seconds 0-59) in a form {@link #TIME}
   * knows.
   */
  private static boolean validTime(String text) {
    if (text.isEmpty()) {
      return true;
    }
    Matcher t = TIME.matcher(text);
    if (!t.matches()) {
      return false;
    }
    boolean colon = t.group(4) == null;
    int hours = Integer.parseInt(t.group(1));
    int minutes = part(colon ? t.group(2) : t.group(4));
    int seconds = part(colon ? t.group(3) : t.group(5));
    return hours <= 23 && minutes <= 59 && seconds <= 59;
  }

  private static int part(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }

  /** The day of an Excel serial date number (1900 date system), e.g. 44743.0 is 2022-07-01. */
  public static LocalDate fromExcelSerial(double serial) {
    return EXCEL_EPOCH.plusDays((long) Math.floor(serial));
  }

  /** The drop date at the start of a folder name ({@code 2022-07-04-resend}), if any. */
  public static Optional<LocalDate> dropDate(String folderName) {
    if (folderName == null || folderName.length() < 10) {
      return Optional.empty();
    }
    try {
      LocalDate date =
          LocalDate.parse(folderName.substring(0, 10), DateTimeFormatter.ISO_LOCAL_DATE);
      boolean labelOk = folderName.length() == 10 || !Character.isDigit(folderName.charAt(10));
      return labelOk ? Optional.of(date) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
