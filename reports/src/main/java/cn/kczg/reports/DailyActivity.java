package cn.kczg.reports;

import cn.kczg.schemas.model.IndicatorCounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One organization's published items per day, for the small chart beside its integrity flags.
 *
 * @param orgId the organization
 * @param orgName its name
 * @param from the first day shown
 * @param to the last day shown
 * @param perDay items per day and kind; days without items may be absent
 * @param marked days a check singled out (drawn in the flag colour)
 */
public record DailyActivity(
    String orgId,
    String orgName,
    LocalDate from,
    LocalDate to,
    SortedMap<LocalDate, IndicatorCounts> perDay,
    List<LocalDate> marked) {
  public DailyActivity {
    perDay = new TreeMap<>(perDay);
    marked = List.copyOf(marked);
  }

  /** The counts of a day (zero when absent). */
  public IndicatorCounts on(LocalDate day) {
    return perDay.getOrDefault(day, IndicatorCounts.zero());
  }

  /** Builds it from a plain map. */
  public static DailyActivity of(
      String orgId,
      String orgName,
      LocalDate from,
      LocalDate to,
      Map<LocalDate, IndicatorCounts> perDay,
      List<LocalDate> marked) {
    return new DailyActivity(orgId, orgName, from, to, new TreeMap<>(perDay), marked);
  }
}
