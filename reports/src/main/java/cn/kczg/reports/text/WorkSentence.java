package cn.kczg.reports.text;

import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * The 工作情况 sentence of the information form (annex 2), which the notice limits to 200 characters.
 *
 * <p>Example: as of 2022-07-11 with counts (12, 8, 3, 31, 2): {@code
 * 截至2022年7月11日，发布专家12人，发布成果8个，发布需求3个，发布资讯31条，组织活动2次。}
 */
public final class WorkSentence {
  /** The most characters the notice allows. */
  public static final int MAX_LENGTH = 200;

  private WorkSentence() {}

  /** The sentence for the counts as of the date, at most {@link #MAX_LENGTH} characters. */
  public static String of(LocalDate asOf, IndicatorCounts counts) {
    StringJoiner parts = new StringJoiner("，", "截至" + chineseDate(asOf) + "，", "。");
    for (ItemKind kind : ItemKind.values()) {
      parts.add(verb(kind) + kind.label() + counts.get(kind) + kind.unit());
    }
    String sentence = parts.toString();
    return sentence.length() <= MAX_LENGTH ? sentence : sentence.substring(0, MAX_LENGTH);
  }

  /** A date as 2022年7月11日. */
  public static String chineseDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  private static String verb(ItemKind kind) {
    return kind == ItemKind.ACTIVITIES ? "组织" : "发布";
  }
}
