package cn.kczg.jobs.integrity;

import cn.kczg.schemas.integrity.PaddedTitleRule;
import cn.kczg.schemas.text.Names;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which items of one title key are copies ({@link PaddedTitleRule}): plain Java over one
 * organization's items of one kind whose titles share a key.
 *
 * <p>Each title has a <em>form</em>, its normalized text with every number replaced by {@code #}
 * (Arabic digits, and Chinese numerals after 第 or before 月 / 期), and an <em>issue</em>, its
 * numbers. The items of one form are a periodic series when the form has a number, or one of the
 * rule's series words, and they hold at least {@code series_min_issues} issues on at least as many
 * days (without numbers, each day is an issue). Within a series only the items of one issue are
 * copies. The items of no series are copies of each other, as before series were told apart.
 *
 * <p>Example, weekly 工作简报（1）…（20）, two of them 工作简报（7）: one series, one issue twice, so two copies.
 * 技术交流会（1）, 技术交流会 2, 技术交流会。, 技术交流会3 and 技术交流会 on five days: four forms, none a series, so five
 * copies.
 */
final class TitleSeries {
  private static final Pattern NUMBER =
      Pattern.compile("\\p{Nd}+|(?<=第)[〇零一二两三四五六七八九十百千]+|[〇零一二三四五六七八九十]+(?=[月期])");

  /** One item of a title key. */
  record TitledItem(String id, String title, LocalDate date) {}

  /**
   * Items that are copies of each other.
   *
   * @param key the title key, or for an issue of a series the issue's normalized title (numbered)
   *     or the title key and day (unnumbered)
   */
  record Copies(String key, List<TitledItem> items) {}

  private TitleSeries() {}

  /** The groups of copies (two items or more) among the items of {@code titleKey}. */
  static List<Copies> copies(PaddedTitleRule rule, String titleKey, List<TitledItem> items) {
    Map<String, List<TitledItem>> byForm = new TreeMap<>();
    items.forEach(i -> byForm.computeIfAbsent(form(i.title()), f -> new ArrayList<>()).add(i));
    List<Copies> out = new ArrayList<>();
    List<TitledItem> rest = new ArrayList<>();
    byForm.forEach(
        (form, same) -> {
          if (isSeries(rule, form, same)) {
            issues(form, same).forEach((issue, copies) -> add(out, issue, copies));
          } else {
            rest.addAll(same);
          }
        });
    add(out, titleKey, rest);
    return out;
  }

  private static void add(List<Copies> out, String key, List<TitledItem> items) {
    if (items.size() >= 2) {
      out.add(new Copies(key, List.copyOf(items)));
    }
  }

  /** The normalized title with each number replaced by {@code #}. */
  static String form(String title) {
    return NUMBER.matcher(normalized(title)).replaceAll("#");
  }

  private static String normalized(String title) {
    return Names.normalize(title).toLowerCase(Locale.ROOT);
  }

  private static boolean isSeries(PaddedTitleRule rule, String form, List<TitledItem> items) {
    boolean numbered = form.contains("#");
    if (!numbered && rule.seriesWords().stream().noneMatch(form::contains)) {
      return false;
    }
    long days = items.stream().map(TitledItem::date).distinct().count();
    return days >= rule.seriesMinIssues() && issues(form, items).size() >= rule.seriesMinIssues();
  }

  /** The items of each issue: by numbers, or by day for a form without numbers. */
  private static Map<String, List<TitledItem>> issues(String form, List<TitledItem> items) {
    boolean numbered = form.contains("#");
    Map<String, List<TitledItem>> out = new TreeMap<>();
    for (TitledItem i : items) {
      String issue = numbered ? normalized(i.title()) : form + " " + i.date();
      out.computeIfAbsent(issue, k -> new ArrayList<>()).add(i);
    }
    return out;
  }
}
