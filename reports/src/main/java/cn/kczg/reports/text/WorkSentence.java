package cn.kczg.reports.text;

import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

  /** The sentence in Chinese, at most {@link #MAX_LENGTH} characters. */
  public static String of(LocalDate asOf, IndicatorCounts counts) {
    return of(Messages.of(Language.ZH), asOf, counts);
  }

  /** The sentence for the counts as of the date, at most {@link #MAX_LENGTH} characters. */
  public static String of(Messages m, LocalDate asOf, IndicatorCounts counts) {
    List<String> parts = new ArrayList<>();
    for (ItemKind kind : ItemKind.values()) {
      parts.add(m.text("work.part." + kind.key(), m.count(kind, counts.get(kind))));
    }
    String sentence =
        m.text("work.sentence", m.date(asOf), String.join(m.text("work.joiner"), parts));
    return sentence.length() <= MAX_LENGTH ? sentence : sentence.substring(0, MAX_LENGTH);
  }

  /** A date as 2022年7月11日. */
  public static String chineseDate(LocalDate date) {
    return Messages.of(Language.ZH).date(date);
  }
}
