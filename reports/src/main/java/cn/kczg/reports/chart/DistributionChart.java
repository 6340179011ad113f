package cn.kczg.reports.chart;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.summary.CompletionBands;
import cn.kczg.schemas.messages.Messages;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * How completion is spread within each category: one bar per category, split into the share of its
 * organizations in each completion band (0–20% red … 100% green), each segment labelled with its
 * count. Categories of very different sizes compare at a glance because bars are shares.
 */
public final class DistributionChart {
  private DistributionChart() {}

  /** The chart of the model's categories with organizations. */
  public static JFreeChart of(ReportModel model) {
    Messages m = model.messages();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Map.Entry<String, int[]> e : CompletionBands.of(model).entrySet()) {
      int total = java.util.Arrays.stream(e.getValue()).sum();
      String row = m.text("chart.distribution.row", e.getKey(), total);
      for (int band = 0; band < CompletionBands.LABELS.size(); band++) {
        data.addValue(e.getValue()[band], CompletionBands.LABELS.get(band), row);
      }
    }
    NumberAxis axis = new NumberAxis(m.text("chart.distribution.axis"));
    axis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
    axis.setRange(0, 1);
    axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
    StackedBarRenderer renderer = new StackedBarRenderer(true);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    String title = m.text("chart.distribution.title", m.date(model.asOf()));
    JFreeChart chart = new JFreeChart(title, plot);
    ChartFonts.theme().apply(chart);
    style(renderer);
    return chart;
  }

  /** Pixel height that gives each category a bar. */
  public static int height(ReportModel model) {
    return Math.max(260, 150 + 55 * CompletionBands.of(model).size());
  }

  /** Colours and counts set after the theme, which clears them. */
  private static void style(StackedBarRenderer r) {
    for (int band = 0; band < Palette.BANDS.length; band++) {
      r.setSeriesPaint(band, Palette.BANDS[band]);
    }
    r.setMaximumBarWidth(0.12);
    r.setDefaultItemLabelGenerator(new CountLabels());
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelPaint(Color.WHITE);
    r.setDefaultItemLabelFont(ChartFonts.cjk(java.awt.Font.BOLD, 12));
    r.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
  }

  /** The count of a segment, or nothing for an empty one. */
  private static final class CountLabels extends StandardCategoryItemLabelGenerator {
    @Override
    public String generateLabel(org.jfree.data.category.CategoryDataset data, int row, int column) {
      Number n = data.getValue(row, column);
      return n == null || n.intValue() == 0 ? null : String.valueOf(n.intValue());
    }
  }
}
