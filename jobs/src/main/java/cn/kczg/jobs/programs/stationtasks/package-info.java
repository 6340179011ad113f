/**
 * The {@code station-tasks} program type: progress of society service stations towards the tasks of
 * their service type (2024年度湖南省科协…申报指南 四（一）5), counted from the platform's 专家 and 活动 exports.
 *
 * <p>Counting, as of day D, for one station: its items are those whose 平台账号 equals the station's
 * (when both have one), else whose normalized organization name (NFKC, no white space) equals the
 * station's 建站单位. An item counts when its 状态 is published (the source definition's list, 已发布) and
 * its date is on or before D. Only one drop folder is read: the input folder itself, or, when it
 * holds drop folders ({@code 2024-06-30}, {@code 2024-06-30-resend}), the latest one dated on or
 * before D. Within that drop an item id listed twice counts once, and not at all when any of its
 * rows is unpublished (the cautious reading of the counting rules); its other values come from its
 * first row. Activities count as online or offline by their 形式; a published activity of a station
 * with another 形式 is listed as a problem and not counted.
 *
 * <p>A target "N 以上" / "不少于 N" is met when count ≥ N.
 */
package cn.kczg.jobs.programs.stationtasks;
