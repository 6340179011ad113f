/**
 * Charts (JFreeChart) as PNG and SVG: the ranking of each category's top organizations (with totals
 * and ties said in the title), the completion distribution per category, the fill of the
 * recommending channels, and the city-wide weekly trend as one panel per indicator. {@link
 * cn.kczg.reports.chart.Charts#images} lists them in page order for the workbook and the dashboard.
 *
 * <p>Chinese text is drawn with the bundled WenQuanYi Micro Hei ({@code fonts/wqy-microhei.ttc},
 * Apache-2.0), set explicitly on the chart theme, so a machine without any CJK font still draws
 * glyphs rather than boxes. SVG text is drawn as vector outlines for the same reason. Colours come
 * from {@link cn.kczg.reports.chart.Palette}. Run headless ({@code -Djava.awt.headless=true}).
 */
package cn.kczg.reports.chart;
