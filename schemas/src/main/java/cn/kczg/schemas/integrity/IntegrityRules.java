package cn.kczg.schemas.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A program's integrity checks, read from the {@code integrity:} section of its rulebook:
 *
 * <pre>{@code
 * integrity:
 *   - {check: duplicate-expert, min_organizations: 2, count_duplicate_experts_once: false,
 *      identifiers: [id_number, phone, email], min_strength: name}
 *   - {check: padded-titles, kinds: [news, achievements], min_copies: 3, distinct_titles_only: false,
 *      series_words: [周报, 简报], series_min_issues: 3}
 *   - {check: burst, lookback_days: 28, window_days: 2, k: 5, min_count: 10,
 *      since_previous_drop: true, count_noise_floor: true}
 *   - {check: withdrawn-after-count, statuses: [已下架, 已删除], min_items: 3}
 * }</pre>
 *
 * A wrong setting is a problem of the rulebook (reported with every other problem at load); a check
 * type nobody knows is only a note, so a rulebook written for a newer engine still runs.
 *
 * @param rules the known checks in rulebook order, enabled or not
 * @param notes what was skipped and why, e.g. an unknown check type
 */
public record IntegrityRules(List<IntegrityRule> rules, List<String> notes) {
  /** The rulebook key of the section. */
  public static final String SECTION = "integrity";

  public IntegrityRules {
    rules = List.copyOf(rules);
    notes = List.copyOf(notes);
  }

  /** No checks. */
  public static IntegrityRules none() {
    return new IntegrityRules(List.of(), List.of());
  }

  /**
   * The checks of a loaded rulebook's sections ({@code Rulebook.sections()}; validated at load).
   */
  public static IntegrityRules of(Map<String, Object> sections) {
    return read(sections.get(SECTION), new ArrayList<>());
  }

  /** Reads a section's raw tree; adds each mistake to {@code problems}. */
  public static IntegrityRules read(Object section, List<String> problems) {
    if (section == null) {
      return none();
    }
    if (!(section instanceof List<?> entries)) {
      problems.add("'" + SECTION + "' must list checks, e.g. - {check: burst, k: 5}");
      return none();
    }
    List<IntegrityRule> rules = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      read(entries.get(i), SECTION + "[" + (i + 1) + "]", problems, notes).ifPresent(rules::add);
    }
    return new IntegrityRules(rules, notes);
  }

  @SuppressWarnings("unchecked")
  private static Optional<IntegrityRule> read(
      Object entry, String where, List<String> problems, List<String> notes) {
    if (!(entry instanceof Map<?, ?> map) || !(map.get("check") instanceof String check)) {
      problems.add(
          where + ": each entry needs 'check' (one of " + RuleConverters.BY_CHECK.keySet() + ")");
      return Optional.empty();
    }
    Function<RuleSettings, IntegrityRule> converter = RuleConverters.BY_CHECK.get(check);
    if (converter == null) {
      notes.add(
          where
              + ": check '"
              + check
              + "' is not known to this engine and was skipped (known: "
              + RuleConverters.BY_CHECK.keySet()
              + ")");
      return Optional.empty();
    }
    RuleSettings settings =
        new RuleSettings((Map<String, Object>) map, where + " (" + check + ")", problems);
    IntegrityRule rule = converter.apply(settings);
    settings
        .unknownKeys()
        .forEach(k -> problems.add(where + " (" + check + "): setting '" + k + "' is not known"));
    return Optional.of(rule);
  }

  /** The enabled rule of a type, if any. */
  public <T extends IntegrityRule> Optional<T> enabled(Class<T> type) {
    return rules.stream()
        .filter(IntegrityRule::enabled)
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst();
  }

  /** Whether any check runs. */
  public boolean any() {
    return rules.stream().anyMatch(IntegrityRule::enabled);
  }
}
