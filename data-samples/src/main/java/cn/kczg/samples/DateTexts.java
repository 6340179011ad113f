package cn.kczg.samples;

import java.time.LocalDate;
import java.util.Random;

/** Writes a day in one of the four formats seen in platform exports, chosen at random. */
final class DateTexts {
  private DateTexts() {}

  /** {@code 2022-07-01}, {@code 2022/7/1}, {@code 2022-07-01 09:30:00} or {@code 2022年7月1日}. */
  static String mixed(LocalDate day, Random random) {
    int pick = random.nextInt(20);
    if (pick < 11) {
      return day.toString();
    }
    if (pick < 14) {
      return day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth();
    }
    if (pick < 18) {
      return withTime(day, 8 + random.nextInt(14), random.nextInt(60), random.nextInt(60));
    }
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  /** {@code 2022-07-01 09:30:00}. */
  static String withTime(LocalDate day, int hour, int minute, int second) {
    return String.format(java.util.Locale.ROOT, "%s %02d:%02d:%02d", day, hour, minute, second);
  }
}
