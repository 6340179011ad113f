package cn.kczg.reports.chart;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.WeeklyTotal;
import cn.kczg.schemas.model.ItemKind;
import java.awt.BasicStroke;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
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
 * City-wide published items per kind, one small panel per kind over the same weeks, each with its
 * own scale and the value at every point. One shared scale would flatten the small kinds (活动 in the
 * hundreds beside 资讯 in the thousands) into lines that seem not to move. Each point after the first
 * also shows the week's growth.
 */
public final class TrendChart {
  /** Pixel height of the chart. */
  public static final int HEIGHT = 820;

  private TrendChart() {}

  /** The trend of the model's weekly totals. */
  public static JFreeChart of(ReportModel model) {
    CategoryAxis weeks = new CategoryAxis("周（截至日期）");
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(weeks);
    plot.setGap(12);
    for (ItemKind kind : ItemKind.values()) {
      plot.add(panel(model, kind), 1);
    }
    JFreeChart chart = new JFreeChart("全市发布量周趋势（各指标累计条目数）", plot);
    chart.removeLegend();
    ChartFonts.theme().apply(chart);
    plot.getSubplots().forEach(p -> style((CategoryPlot) p));
    return chart;
  }

  private static CategoryPlot panel(ReportModel model, ItemKind kind) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (WeeklyTotal w : model.weeklyTotals()) {
      data.addValue(w.totals().get(kind), kind.label(), w.week().toString());
    }
    NumberAxis axis = new NumberAxis(kind.label());
    axis.setAutoRangeIncludesZero(false);
    axis.setUpperMargin(0.25);
    axis.setLowerMargin(0.15);
    CategoryPlot plot = new CategoryPlot(data, null, axis, new LineAndShapeRenderer(true, true));
    plot.setRangeAxis(axis);
    return plot;
  }

  /**
   * The value at a point and, after the first week, the growth since the week before:
   * "3,084（+196）".
   */
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

  /** Colour by kind and the value at each point; set after the theme, which resets both. */
  private static void style(CategoryPlot plot) {
    String kind = plot.getDataset().getRowKey(0).toString();
    int index = ItemKind.parse(kind).map(ItemKind::ordinal).orElse(0);
    LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
    r.setSeriesPaint(0, Palette.KINDS[index]);
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
