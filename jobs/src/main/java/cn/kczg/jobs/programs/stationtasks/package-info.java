/**
 * The {@code station-tasks} program type: progress of society service stations towards the tasks of
 * their service type (2024年度湖南省科协…申报指南 四（一）5), counted from the platform's exports, forecast to the
 * guide's deadline (一 5), with the guide's rules on who may apply (四（一）5（2）, 一 2).
 *
 * <p>Counting, as of day D, for one station: its items are those whose 平台账号 equals the station's
 * (when both have one), else whose normalized organization name (NFKC, no white space) equals the
 * station's 建站单位. Every drop folder of the input folder dated on or before D is read ({@code
 * 2024-06-30}, {@code 2024-06-30-resend}; the input folder itself when it has none), each export
 * through its item source definition, and the counting rules apply once ({@link
 * cn.kczg.schemas.counting.CountingRules}): an item's latest drop on or before D wins, a row that
 * is not published wins within a drop, and the item counts when published and dated on or before D.
 * Each indicator of the rulebook counts the items of one kind that match its filter (形式 = 线上); an
 * item of that kind matching no indicator is listed as a problem and not counted.
 *
 * <p>A target "N 以上" / "不少于 N" is met when count ≥ N. The forecast takes the items dated in the
 * {@code forecast_window_days} before D as the pace and projects it to the deadline.
 */
package cn.kczg.jobs.programs.stationtasks;
