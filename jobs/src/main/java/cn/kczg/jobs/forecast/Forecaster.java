package cn.kczg.jobs.forecast;

import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.result.IndicatorForecast;
import cn.kczg.schemas.result.OrgProgress;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Projects when each organization reaches each target from its weekly pace: the least-squares slope
 * of its counts over the drops of the pace window (default the last four drops), in items per week,
 * floored at zero (a withdrawal does not make the pace negative). The projected day is the as-of
 * date plus the days the missing items take at that pace, rounded up.
 *
 * <p>Example: news 18 → 22 → 26 over three weekly drops is a pace of 4 a week; with 30 to reach and
 * 26 published on 2022-07-11, the target is reached on 2022-07-18, on time for a 2022-07-29
 * deadline.
 */
public final class Forecaster {
  private final int window;

  /**
   * @param window how many of the latest drops the pace is measured over (at least 2)
   */
  public Forecaster(int window) {
    this.window = Math.max(2, window);
  }

  /** Forecasts for every organization and indicator. */
  public List<IndicatorForecast> forecast(
      List<OrgProgress> progress,
      Map<LocalDate, Map<String, IndicatorCounts>> history,
      LocalDate asOf,
      LocalDate deadline) {
    NavigableMap<LocalDate, Map<String, IndicatorCounts>> recent =
        new TreeMap<>(history).headMap(asOf, true);
    while (recent.size() > window) {
      recent.pollFirstEntry();
    }
    List<IndicatorForecast> out = new ArrayList<>();
    for (OrgProgress p : progress) {
      for (ItemKind kind : ItemKind.values()) {
        out.add(one(p, kind, recent, asOf, deadline));
      }
    }
    return out;
  }

  private IndicatorForecast one(
      OrgProgress p,
      ItemKind kind,
      NavigableMap<LocalDate, Map<String, IndicatorCounts>> recent,
      LocalDate asOf,
      LocalDate deadline) {
    int count = p.counts().get(kind);
    int target = p.targets().get(kind);
    double pace = weeklyPace(p.orgId(), kind, recent);
    if (count >= target) {
      return new IndicatorForecast(
          p.orgId(), p.orgName(), p.category(), kind, count, target, pace, null, true);
    }
    LocalDate projected = null;
    if (pace > 0) {
      long days = (long) Math.ceil((target - count) * 7.0 / pace - 1e-9);
      projected = asOf.plusDays(days);
    }
    boolean onTime = projected != null && (deadline == null || !projected.isAfter(deadline));
    return new IndicatorForecast(
        p.orgId(), p.orgName(), p.category(), kind, count, target, pace, projected, onTime);
  }

  /** Least-squares slope of the counts against days, times seven; 0 with fewer than two points. */
  static double weeklyPace(
      String orgId, ItemKind kind, NavigableMap<LocalDate, Map<String, IndicatorCounts>> recent) {
    if (recent.size() < 2) {
      return 0;
    }
    LocalDate origin = recent.firstKey();
    double n = recent.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (Map.Entry<LocalDate, Map<String, IndicatorCounts>> e : recent.entrySet()) {
      double x = ChronoUnit.DAYS.between(origin, e.getKey());
      double y = e.getValue().getOrDefault(orgId, IndicatorCounts.zero()).get(kind);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    double denominator = n * sxx - sx * sx;
    if (denominator == 0) {
      return 0;
    }
    return Math.max(0, (n * sxy - sx * sy) / denominator * 7);
  }
}
