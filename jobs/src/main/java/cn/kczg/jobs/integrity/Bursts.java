package cn.kczg.jobs.integrity;

import cn.kczg.jobs.integrity.IntegrityEvidence.DayCount;
import cn.kczg.schemas.integrity.BurstRule;
import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds burst days in daily counts: plain Java over the few series the Spark side returned. A day
 * is examined when it lies within {@code window_days} before a drop date or the deadline, or (with
 * {@code since_previous_drop}) after the drop before a drop up to it; its baseline is the {@code
 * lookback_days} days before it, days without items counted as 0.
 */
public final class Bursts {
  private Bursts() {}

  /**
   * A burst day and the usual rate it stands out from.
   *
   * @param threshold the count the day exceeded ({@link RobustStats#threshold})
   * @param usualLow the 10th percentile of the baseline days
   * @param usualHigh the 90th percentile of the baseline days
   */
  public record Burst(
      String orgId,
      ItemKind kind,
      LocalDate day,
      int count,
      double median,
      double mad,
      double threshold,
      int usualLow,
      int usualHigh,
      List<String> itemIds) {}

  /** The days the rule examines: each anchor date and the {@code windowDays} days before it. */
  public static NavigableSet<LocalDate> examinedDays(
      Collection<LocalDate> anchors, int windowDays) {
    NavigableSet<LocalDate> out = new TreeSet<>();
    anchors.forEach(
        a -> {
          for (int i = 0; i <= windowDays; i++) {
            out.add(a.minusDays(i));
          }
        });
    return out;
  }

  /**
   * The days each drop newly counted: for every drop after the first, the days after the drop
   * before it up to its own date. {@code drops} ascending.
   */
  public static NavigableSet<LocalDate> periodDays(List<LocalDate> drops) {
    NavigableSet<LocalDate> out = new TreeSet<>();
    for (int i = 1; i < drops.size(); i++) {
      for (LocalDate d = drops.get(i - 1).plusDays(1);
          !d.isAfter(drops.get(i));
          d = d.plusDays(1)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The daily counts the burst check looks at: from {@code from} on, of the (organization, kind)
   * series that hold an examined day with at least min_count items.
   */
  public static List<DayCount> candidates(
      List<DayCount> days, NavigableSet<LocalDate> examined, BurstRule rule, LocalDate from) {
    Set<String> series = new HashSet<>();
    days.stream()
        .filter(d -> examined.contains(d.day()) && d.count() >= rule.minCount())
        .forEach(d -> series.add(d.orgId() + "\u0000" + d.kind()));
    return days.stream()
        .filter(d -> !d.day().isBefore(from) && series.contains(d.orgId() + "\u0000" + d.kind()))
        .toList();
  }

  /** Every burst in the day counts, by organization, kind and day. */
  public static List<Burst> find(
      List<DayCount> days, NavigableSet<LocalDate> examined, BurstRule rule) {
    Map<String, List<DayCount>> series =
        days.stream()
            .collect(
                Collectors.groupingBy(
                    d -> d.orgId() + "\u0000" + d.kind(), TreeMap::new, Collectors.toList()));
    List<Burst> out = new ArrayList<>();
    for (List<DayCount> s : series.values()) {
      Map<LocalDate, Integer> byDay = new TreeMap<>();
      s.forEach(d -> byDay.put(d.day(), d.count()));
      for (DayCount d : s) {
        if (examined.contains(d.day()) && d.count() >= rule.minCount()) {
          test(d, baseline(byDay, d.day(), rule.lookbackDays()), rule).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** The counts of the {@code lookback} days before {@code day}, zeros included. */
  static int[] baseline(Map<LocalDate, Integer> byDay, LocalDate day, int lookback) {
    int[] out = new int[lookback];
    for (int i = 1; i <= lookback; i++) {
      out[i - 1] = byDay.getOrDefault(day.minusDays(i), 0);
    }
    return out;
  }

  static java.util.Optional<Burst> test(DayCount d, int[] baseline, BurstRule rule) {
    double threshold = RobustStats.threshold(baseline, rule.k(), rule.countNoiseFloor());
    if (d.count() < rule.minCount() || d.count() <= threshold) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Burst(
            d.orgId(),
            d.kind(),
            d.day(),
            d.count(),
            RobustStats.median(baseline),
            RobustStats.mad(baseline),
            threshold,
            RobustStats.percentile(baseline, 10),
            RobustStats.percentile(baseline, 90),
            d.itemIds()));
  }
}
