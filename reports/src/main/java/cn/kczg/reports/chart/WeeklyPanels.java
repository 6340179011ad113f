package cn.kczg.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Weekly series drawn as small panels over the same weeks, one panel per series, each with its own
 * scale starting at zero (so a line's height is its size, and a series in the hundreds beside one
 * in the thousands still shows its own movement), and the value at every point with the week's
 * change after the first: {@code 3,084（+196）}.
 */
final class WeeklyPanels {
  private WeeklyPanels() {}

  /**
   * The chart of several weekly series.
   *
   * @param title the chart's title
   * @param weeksLabel the label of the shared week axis
   * @param series name → value per week, in panel order; the name labels the panel's axis
   * @param colors one colour per panel, cycled
   */
  static JFreeChart of(
      String title,
      String weeksLabel,
      Map<String, SortedMap<LocalDate, Integer>> series,
      Color[] colors) {
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis(weeksLabel));
    plot.setGap(12);
    series.forEach((name, values) -> plot.add(panel(name, values), 1));
    JFreeChart chart = new JFreeChart(title, plot);
    chart.removeLegend();
    ChartFonts.theme().apply(chart);
    int index = 0;
    for (Object p : plot.getSubplots()) {
      style((CategoryPlot) p, colors[index++ % colors.length]);
    }
    return chart;
  }

  private static CategoryPlot panel(String name, SortedMap<LocalDate, Integer> values) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    values.forEach((week, value) -> data.addValue(value, name, week.toString()));
    NumberAxis axis = new NumberAxis(name);
    axis.setAutoRangeIncludesZero(true);
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    axis.setUpperMargin(0.3);
    CategoryPlot plot = new CategoryPlot(data, null, axis, new LineAndShapeRenderer(true, true));
    plot.setRangeAxis(axis);
    return plot;
  }

  /** The value at a point and, after the first week, the change since the week before. */
  private static final class GrowthLabels extends StandardCategoryItemLabelGenerator {
    @Override
    public String generateLabel(CategoryDataset data, int row, int column) {
      NumberFormat format = NumberFormat.getIntegerInstance(Locale.ROOT);
      Number value = data.getValue(row, column);
      if (value == null) {
        return null;
      }
      Number before = column == 0 ? null : data.getValue(row, column - 1);
      String growth =
          before == null
              ? ""
              : String.format(Locale.ROOT, "（%+d）", value.intValue() - before.intValue());
      return format.format(value) + growth;
    }
  }

  /** Colour and the value at each point; set after the theme, which resets both. */
  private static void style(CategoryPlot plot, Color color) {
    LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
    r.setSeriesPaint(0, color);
    r.setSeriesStroke(0, new BasicStroke(2.5f));
    r.setDefaultItemLabelGenerator(new GrowthLabels());
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(ChartFonts.cjk(Font.PLAIN, 11));
    r.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    plot.getRangeAxis().setLabelFont(ChartFonts.cjk(Font.BOLD, 13));
    plot.getRangeAxis().setLabelAngle(Math.PI / 2);
  }
}
