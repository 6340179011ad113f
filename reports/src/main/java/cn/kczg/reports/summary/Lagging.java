package cn.kczg.reports.summary;

import cn.kczg.reports.ReportModel;
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
 * @param progress its figures now
 * @param forecasts the projection per indicator it has one for (may be empty)
 */
public record Lagging(OrgProgress progress, Map<ItemKind, IndicatorForecast> forecasts) {
  public Lagging {
    forecasts = forecasts.isEmpty() ? Map.of() : new EnumMap<>(forecasts);
  }

  /**
   * Every organization not meeting all targets, the furthest behind first (completion, then
   * category order, then org id as the model orders them).
   */
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
    // A stable sort keeps the model's order (category, rank, id) among equal completions.
    return model.progress().stream()
        .filter(p -> !p.metAll())
        .sorted(Comparator.comparingDouble(OrgProgress::completion))
        .map(p -> new Lagging(p, byOrg.getOrDefault(p.orgId(), Map.of())))
        .toList();
  }

  /** Only the lagging organizations at risk of missing the deadline. */
  public static List<Lagging> atRisk(ReportModel model) {
    return of(model).stream().filter(Lagging::atRisk).toList();
  }

  /** True when some unmet indicator is projected after the deadline or shows no progress. */
  public boolean atRisk() {
    return forecasts.values().stream().anyMatch(f -> !f.met() && !f.onTime());
  }

  /** The projection of one indicator in words: 已达标, a date, or 无进展. Empty when unknown. */
  public String projected(ItemKind kind) {
    IndicatorForecast f = forecasts.get(kind);
    if (f == null) {
      return "";
    }
    if (f.met()) {
      return "已达标";
    }
    return f.projected() == null ? "无进展" : f.projected().toString();
  }

  /** True when the indicator is unmet and its projection misses the deadline. */
  public boolean late(ItemKind kind) {
    IndicatorForecast f = forecasts.get(kind);
    return f != null && !f.met() && !f.onTime();
  }
}
