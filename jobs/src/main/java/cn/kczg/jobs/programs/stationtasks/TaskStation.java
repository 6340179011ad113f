package cn.kczg.jobs.programs.stationtasks;

import cn.kczg.jobs.programs.InputRow;

/**
 * One accepted row of the station list.
 *
 * @param row the row, for messages
 * @param name the station's name
 * @param host the organization under which its experts and activities appear on the platform
 * @param account the platform account of that organization, or "" when not given
 * @param serviceType its service type, one of the rulebook's
 * @param applicant the unit applying for the project (the host when not given)
 * @param applicantType the applicant's type (e.g. 省级学会), or "" when not given
 * @param support how the project is supported (e.g. 连续支持), or "" when not given
 */
public record TaskStation(
    InputRow row,
    String name,
    String host,
    String account,
    String serviceType,
    String applicant,
    String applicantType,
    String support) {

  /** The list file. */
  public String file() {
    return row.file();
  }

  /** The row's line. */
  public long line() {
    return row.line();
  }

  /** A station read from a list row (fields as in {@link StationList#FIELDS}). */
  static TaskStation of(InputRow row) {
    String host = row.text("host");
    String applicant = row.text("applicant");
    return new TaskStation(
        row,
        row.text("station"),
        host,
        row.text("account"),
        row.text("service_type"),
        applicant.isEmpty() ? host : applicant,
        row.text("applicant_type"),
        row.text("support"));
  }
}
