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
 * @param unattributed names that matched no organization at the main date, with suggestions
 * @param unknownRows each item behind {@code unattributed}, for the quarantine listing
 * @param totals the published items of all organizations in force, per date asked for
 */
public record AsOfCounts(
    Map<LocalDate, Map<String, IndicatorCounts>> byDate,
    List<UnknownOrg> unattributed,
    List<UnknownRow> unknownRows,
    Map<LocalDate, IndicatorCounts> totals) {

  /**
   * Items whose organization name matches no registry organization (nor alias).
   *
   * @param suggestions the closest registry names in force, best first, as {@code name [org_id]}
   */
  public record UnknownOrg(
      String name,
      String nameKey,
      String kind,
      long items,
      String firstSeen,
      List<String> suggestions) {}

  /**
   * One counted-if-known item whose organization is unknown at the main date: its state, as first
   * delivered ({@code dropDate}, {@code file}, {@code line}).
   */
  public record UnknownRow(
      String kind,
      String itemId,
      String orgName,
      String account,
      LocalDate itemDate,
      LocalDate dropDate,
      String file,
      long line) {}

  /** Counts of an organization at a date (zero when it published nothing). */
  public IndicatorCounts of(LocalDate date, String orgId) {
    return byDate.getOrDefault(date, Map.of()).getOrDefault(orgId, IndicatorCounts.zero());
  }
}
