package cn.kczg.jobs.metrics;

import cn.kczg.schemas.model.IndicatorCounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Published-item counts per organization at several as-of dates, and the items no organization
 * claims at the main date.
 *
 * @param byDate as-of date to (org id to counts); organizations with nothing published are absent
 * @param unattributed names that matched no organization at the main date
 */
public record AsOfCounts(Map<LocalDate, Map<String, IndicatorCounts>> byDate, List<UnknownOrg> unattributed) {

  /** Items whose organization name matches no registry organization (nor alias). */
  public record UnknownOrg(String name, String nameKey, String kind, long items, String firstSeen) {}

  /** Counts of an organization at a date (zero when it published nothing). */
  public IndicatorCounts of(LocalDate date, String orgId) {
    return byDate.getOrDefault(date, Map.of()).getOrDefault(orgId, IndicatorCounts.zero());
  }
}
