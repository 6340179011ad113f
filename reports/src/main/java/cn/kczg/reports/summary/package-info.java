/**
 * Figures derived from a {@link cn.kczg.reports.ReportModel} that several outputs show alike:
 * per-category and per-channel summaries with the change since last week, lagging and at-risk
 * organizations, channel league tables and completion bands. The workbook, the charts and the
 * dashboard read them from here, so a figure is computed once and means the same everywhere.
 */
package cn.kczg.reports.summary;
