/**
 * Everything one output folder shows, written from small plain-Java rows: CSV for machines, an
 * Excel workbook, charts and an HTML page for people, and the notice's official forms.
 *
 * <p>The Spark jobs build one {@link cn.kczg.reports.ReportModel} and call {@link
 * cn.kczg.reports.ReportWriter#writeAll}. Each writer in the sub-packages can also be called on its
 * own. Output is deterministic: the same model gives the same bytes. This module never imports
 * Spark.
 */
package cn.kczg.reports;
