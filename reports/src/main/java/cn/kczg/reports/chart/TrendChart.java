package cn.kczg.reports.chart;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.WeeklyTotal;
import cn.kczg.schemas.model.ItemKind;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** City-wide published items per kind, one line per kind, one point per week. */
public final class TrendChart {
  private TrendChart() {}

  /** The trend of the model's weekly totals. */
  public static JFreeChart of(ReportModel model) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (WeeklyTotal w : model.weeklyTotals()) {
      for (ItemKind kind : ItemKind.values()) {
        data.addValue(w.totals().get(kind), kind.label(), w.week().toString());
      }
    }
    JFreeChart chart = ChartFactory.createLineChart(
        "全市发布量周趋势", "周", "条目数", data, PlotOrientation.VERTICAL, true, false, false);
    ChartFonts.theme().apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    for (ItemKind kind : ItemKind.values()) {
      renderer.setSeriesPaint(kind.ordinal(), Palette.KINDS[kind.ordinal()]);
      renderer.setSeriesShapesVisible(kind.ordinal(), true);
    }
    return chart;
  }
}
