package cn.kczg.reports;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * Which organizations met every target as of one week's date, measured against today's targets: a
 * point of the weekly 达标机构数 chart (per category, or per channel in a channel's report).
 *
 * @param week the as-of date of that week
 * @param meetingAll the ids of the organizations meeting every target then, sorted
 */
public record WeeklyStanding(LocalDate week, List<String> meetingAll) {
  public WeeklyStanding {
    requireNonNull(week, "week is null");
    meetingAll = meetingAll.stream().sorted().toList();
  }
}
