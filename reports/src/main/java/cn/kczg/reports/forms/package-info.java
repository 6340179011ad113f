/**
 * The official forms of the selection notice, filled from data, for the recommending units to
 * check, sign and stamp: annex 3 推荐汇总表 (one per recommending channel) and annex 2 信息采集表 (one per
 * shortlisted organization). Phones appear in full here, since the forms go to the reviewers; every
 * other output masks them.
 */
package cn.kczg.reports.forms;
