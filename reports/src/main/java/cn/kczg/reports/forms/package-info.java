/**
 * The official forms of the selection notice, filled from data, for the recommending units to
 * check, sign and stamp: annex 3 推荐汇总表 (one per recommending channel: its recommendation list) and
 * annex 2 信息采集表 (one per recommended organization), as workbooks to fill in and, per channel, as
 * one print-ready A4 PDF (Apache PDFBox, the bundled CJK font embedded). Phones appear in full
 * here, since the forms go to the reviewers; every other output masks them.
 */
package cn.kczg.reports.forms;
