/**
 * Charts (JFreeChart) as PNG and SVG: the ranking of a category's top organizations, the fill
 * of the recommending channels, and the city-wide weekly trend.
 *
 * <p>Chinese text is drawn with the bundled WenQuanYi Micro Hei ({@code fonts/wqy-microhei.ttc},
 * Apache-2.0), set explicitly on the chart theme, so a machine without any CJK font still draws
 * glyphs rather than boxes. SVG text is drawn as vector outlines for the same reason. Colours
 * come from {@link cn.kczg.reports.chart.Palette}. Run headless ({@code
 * -Djava.awt.headless=true}).
 */
package cn.kczg.reports.chart;
