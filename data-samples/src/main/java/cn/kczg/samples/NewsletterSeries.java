package cn.kczg.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The newsletters of a benchmark inbox: one organization in five publishes a series among its news,
 * as real ones do — weekly or monthly, numbered ({@code 工作简报（12）}, {@code 工作动态（第12期）}, {@code 科普快报
 * 12}) or under one title ({@code 科技周报}) — one issue per period from some day until the newest
 * drop. A padded-titles check that took a series for copies would flag most of them; none is
 * padding.
 */
final class NewsletterSeries {
  /** A series' title for issue {@code n}; {@code N} stands for the number. */
  private static final List<String> FORMS =
      List.of("工作简报（N）", "科技周报", "工作动态（第N期）", "科普快报 N", "科协通讯第N期", "学习简报 2022-N", "科普工作月报");

  private NewsletterSeries() {}

  /** One issue: the organization, its title and day. */
  record Issue(Organization org, String title, LocalDate day) {}

  /**
   * The issues of one organization in five among those {@code eligible}, from {@code start} to
   * {@code last}.
   */
  static List<Issue> plan(
      List<Organization> orgs,
      Predicate<Organization> eligible,
      LocalDate start,
      LocalDate last,
      Random random) {
    List<Issue> out = new ArrayList<>();
    long span = ChronoUnit.DAYS.between(start, last.minusWeeks(6));
    for (Organization org : orgs) {
      if (!eligible.test(org) || random.nextInt(5) != 0) {
        continue;
      }
      String form = FORMS.get(random.nextInt(FORMS.size()));
      int period = form.contains("月报") ? 30 : 7;
      int number = 1 + random.nextInt(50);
      for (LocalDate day = start.plusDays(random.nextInt((int) span + 1));
          !day.isAfter(last);
          day = day.plusDays(period)) {
        out.add(new Issue(org, form.replace("N", String.valueOf(number++)), day));
      }
    }
    return out;
  }
}
