package cn.kczg.schemas.integrity;

import cn.kczg.schemas.model.ItemKind;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One small converter per check type, from an entry's settings to its typed rule, with the defaults
 * a rulebook may leave out. A new check type is a new line in {@link #BY_CHECK}.
 */
final class RuleConverters {
  /** The converters by check name. */
  static final Map<String, Function<RuleSettings, IntegrityRule>> BY_CHECK =
      new TreeMap<>(
          Map.of(
              DuplicateExpertRule.CHECK, RuleConverters::duplicateExpert,
              PaddedTitleRule.CHECK, RuleConverters::paddedTitles,
              BurstRule.CHECK, RuleConverters::burst,
              WithdrawnRule.CHECK, RuleConverters::withdrawn));

  /** Words that make an unnumbered title periodic (padded-titles' default series_words). */
  static final List<String> SERIES_WORDS =
      List.of("周报", "月报", "旬报", "季报", "年报", "日报", "简报", "快报", "周刊", "月刊");

  private RuleConverters() {}

  static DuplicateExpertRule duplicateExpert(RuleSettings s) {
    List<String> identifiers =
        s.choices("identifiers", DuplicateExpertRule.IDENTIFIERS, DuplicateExpertRule.IDENTIFIERS);
    List<String> strengths = new java.util.ArrayList<>(identifiers);
    strengths.add(DuplicateExpertRule.NAME);
    return new DuplicateExpertRule(
        s.enabled(),
        s.whole("min_organizations", 2, 2),
        s.flag("count_duplicate_experts_once", false),
        identifiers,
        s.choice("min_strength", DuplicateExpertRule.NAME, strengths));
  }

  static PaddedTitleRule paddedTitles(RuleSettings s) {
    List<ItemKind> titled =
        List.of(ItemKind.ACHIEVEMENTS, ItemKind.DEMANDS, ItemKind.NEWS, ItemKind.ACTIVITIES);
    return new PaddedTitleRule(
        s.enabled(),
        s.kinds("kinds", titled),
        s.whole("min_copies", 3, 2),
        s.flag("distinct_titles_only", false),
        s.texts("series_words", SERIES_WORDS),
        s.whole("series_min_issues", 3, 2));
  }

  static BurstRule burst(RuleSettings s) {
    return new BurstRule(
        s.enabled(),
        s.whole("lookback_days", 28, 7),
        s.whole("window_days", 2, 0),
        s.decimal("k", 5.0, 1.0),
        s.whole("min_count", 10, 2),
        s.flag("since_previous_drop", true),
        s.flag("count_noise_floor", true));
  }

  static WithdrawnRule withdrawn(RuleSettings s) {
    return new WithdrawnRule(
        s.enabled(), s.texts("statuses", List.of("已下架", "已删除")), s.whole("min_items", 3, 1));
  }
}
