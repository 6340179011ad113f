package cn.kczg.schemas.integrity;

import cn.kczg.schemas.model.ItemKind;
import java.util.List;

/**
 * Items of one organization and kind whose titles are the same after normalization (NFKC, no white
 * space), or differ only by a trailing number or punctuation ({@code 技术交流会（2）} and {@code 技术交流会 3}
 * are copies of {@code 技术交流会}).
 *
 * <p>A periodic series is not padding unless its items repeat content. Titles that share a key are
 * a series when they are written one way but for their numbers ({@code 工作简报（12）}, {@code 工作简报（13）},
 * …) or, without numbers, carry one of {@code seriesWords} ({@code 科技周报} every week), and hold at
 * least {@code seriesMinIssues} issues (distinct numbers; without numbers, distinct days) on at
 * least as many distinct days. In a series only the items of one issue are copies of each other
 * (the same number twice, or the same 周报 twice on one day). So {@code 技术交流会（1）}, {@code 技术交流会 2},
 * {@code 技术交流会。} written five ways are five copies, while a weekly {@code 工作简报（N）} is none; five
 * numbered items on one day are copies too (one day is not a period).
 *
 * @param enabled whether the check runs
 * @param kinds the kinds whose titles are compared
 * @param minCopies flag a title carried by at least this many items (≥ 2)
 * @param distinctOnly policy: count each distinct title once
 * @param seriesWords words that make an unnumbered title periodic, e.g. 周报
 * @param seriesMinIssues the fewest issues (and days) of a series
 */
public record PaddedTitleRule(
    boolean enabled,
    List<ItemKind> kinds,
    int minCopies,
    boolean distinctOnly,
    List<String> seriesWords,
    int seriesMinIssues)
    implements IntegrityRule {
  /** The check's rulebook name. */
  public static final String CHECK = "padded-titles";

  public PaddedTitleRule {
    kinds = List.copyOf(kinds);
    seriesWords = List.copyOf(seriesWords);
  }

  @Override
  public String check() {
    return CHECK;
  }
}
