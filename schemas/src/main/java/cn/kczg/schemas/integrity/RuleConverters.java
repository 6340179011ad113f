package cn.kczg.schemas.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One small converter per check type, from an entry's settings to its typed rule. A setting left
 * out takes its default from the rulebook schema ({@code integrity.<check>.<key>} in {@code
 * programs/rulebook-schema.yaml}). A new check type is a new line in {@link #BY_CHECK}.
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

  private RuleConverters() {}

  static DuplicateExpertRule duplicateExpert(RuleSettings s) {
    List<String> identifiers = s.choices("identifiers", DuplicateExpertRule.IDENTIFIERS);
    List<String> strengths = new ArrayList<>(identifiers);
    strengths.add(DuplicateExpertRule.NAME);
    return new DuplicateExpertRule(
        s.enabled(),
        s.whole("min_organizations", 2),
        s.flag("count_duplicate_experts_once"),
        identifiers,
        s.choice("min_strength", strengths));
  }

  static PaddedTitleRule paddedTitles(RuleSettings s) {
    return new PaddedTitleRule(
        s.enabled(),
        s.kinds("kinds"),
        s.whole("min_copies", 2),
        s.flag("distinct_titles_only"),
        s.texts("series_words"),
        s.whole("series_min_issues", 2));
  }

  static BurstRule burst(RuleSettings s) {
    return new BurstRule(
        s.enabled(),
        s.whole("lookback_days", 7),
        s.whole("window_days", 0),
        s.decimal("k", 1.0),
        s.whole("min_count", 2),
        s.flag("since_previous_drop"),
        s.flag("count_noise_floor"));
  }

  static WithdrawnRule withdrawn(RuleSettings s) {
    return new WithdrawnRule(s.enabled(), s.texts("statuses"), s.whole("min_items", 1));
  }
}
