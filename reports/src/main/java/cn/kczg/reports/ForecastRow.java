package cn.kczg.reports;

import java.time.LocalDate;

/**
 * A projection for one organization: where it will stand by the program's deadline at its recent
 * pace.
 *
 * @param orgId registry id
 * @param orgName official name
 * @param category 机构类型
 * @param completion completion now
 * @param projectedCompletion completion projected for the deadline
 * @param projectedMeetDate the day it would meet every target, or null when not before the deadline
 * @param note how the projection was made, or why it is uncertain
 */
public record ForecastRow(
    String orgId,
    String orgName,
    String category,
    double completion,
    double projectedCompletion,
    LocalDate projectedMeetDate,
    String note) {
  public ForecastRow {
    note = note == null ? "" : note;
  }
}
