package cn.kczg.reports.summary;

import cn.kczg.reports.ReportModel;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.result.IndicatorForecast;
import cn.kczg.schemas.result.OrgProgress;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An organization that does not meet every target yet, with the projection of each indicator. It is
 * <em>at risk</em> when some indicator's projection misses the program's deadline (or shows no
 * progress at all).
 *
 * <p>Lists put those with the fewest items missing first: an organization one 需求 short is where a
 * phone call this week changes the result, one with no progress in five indicators is not.
 *
 * @param progress its figures now
 * @param forecasts the projection per indicator it has one for (may be empty)
 */
public record Lagging(OrgProgress progress, Map<ItemKind, IndicatorForecast> forecasts) {
  /**
   * The order of every list of lagging organizations: fewest items short first, then fewest
   * indicators unmet, then the higher completion, then the model's order (category, rank, id).
   */
  public static final Comparator<Lagging> FEWEST_SHORT_FIRST =
      Comparator.comparingInt(Lagging::itemsShort)
          .thenComparingLong(Lagging::indicatorsUnmet)
          .thenComparing(l -> -l.progress().completion());

  public Lagging {
    forecasts = forecasts.isEmpty() ? Map.of() : new EnumMap<>(forecasts);
  }

  /** Every organization not meeting all targets, fewest items short first. */
  public static List<Lagging> of(ReportModel model) {
    Map<String, Map<ItemKind, IndicatorForecast>> byOrg =
        model.indicatorForecasts().stream()
            .collect(
                Collectors.groupingBy(
                    IndicatorForecast::orgId,
                    Collectors.toMap(
                        IndicatorForecast::kind,
                        f -> f,
                        (a, b) -> a,
                        () -> new EnumMap<>(ItemKind.class))));
    // A stable sort keeps the model's order (category, rank, id) among equals.
    return model.progress().stream()
        .filter(p -> !p.metAll())
        .map(p -> new Lagging(p, byOrg.getOrDefault(p.orgId(), Map.of())))
        .sorted(FEWEST_SHORT_FIRST)
        .toList();
  }

  /** Only the lagging organizations at risk of missing the deadline, fewest items short first. */
  public static List<Lagging> atRisk(ReportModel model) {
    return of(model).stream().filter(Lagging::atRisk).toList();
  }

  /** Items missing over all indicators: 需求 2/3 and 活动 0/1 make 2. */
  public int itemsShort() {
    return missing().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** How many indicators are below their target. */
  public long indicatorsUnmet() {
    return missing().values().stream().filter(n -> n > 0).count();
  }

  /** Items missing per indicator (0 where met). */
  public Map<ItemKind, Integer> missing() {
    Map<ItemKind, Integer> out = new EnumMap<>(ItemKind.class);
    for (ItemKind kind : ItemKind.values()) {
      out.put(kind, progress.shortBy(kind));
    }
    return out;
  }

  /** True when some unmet indicator is projected after the deadline or shows no progress. */
  public boolean atRisk() {
    return forecasts.values().stream().anyMatch(f -> !f.met() && !f.onTime());
  }

  /** The projection of one indicator in words: 已达标, a date, or 无进展. Empty when unknown. */
  public String projected(Messages m, ItemKind kind) {
    IndicatorForecast f = forecasts.get(kind);
    if (f == null) {
      return "";
    }
    if (f.met()) {
      return m.text("risk.met");
    }
    return f.projected() == null ? m.text("risk.no_progress") : f.projected().toString();
  }

  /** True when the indicator is unmet and its projection misses the deadline. */
  public boolean late(ItemKind kind) {
    IndicatorForecast f = forecasts.get(kind);
    return f != null && !f.met() && !f.onTime();
  }
}
