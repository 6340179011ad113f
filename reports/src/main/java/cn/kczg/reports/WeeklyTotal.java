package cn.kczg.reports;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.model.IndicatorCounts;
import java.time.LocalDate;

/**
 * City-wide published items per kind as of one week's date: a point of the trend chart.
 *
 * @param week the as-of date of that week
 * @param totals published items per kind over all organizations
 */
public record WeeklyTotal(LocalDate week, IndicatorCounts totals) {
  public WeeklyTotal {
    requireNonNull(week, "week is null");
    requireNonNull(totals, "totals is null");
  }
}
