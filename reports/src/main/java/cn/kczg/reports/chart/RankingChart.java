package cn.kczg.reports.chart;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.WorkSentence;
import cn.kczg.schemas.result.OrgProgress;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A horizontal bar chart of a category's best organizations by completion (in rank order, the
 * first at the top). Bars of organizations that meet every target are green, others orange.
 */
public final class RankingChart {
  /** How many organizations the chart shows. */
  public static final int TOP = 15;
  private static final int NAME_LENGTH = 18;

  private RankingChart() {}

  /** The chart for one category; empty when the category has no organizations. */
  public static JFreeChart of(ReportModel model, String category) {
    List<OrgProgress> top = model.progress().stream().filter(p -> category.equals(p.category())).limit(TOP).toList();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (OrgProgress p : top) {
      data.addValue(Math.round(p.completion() * 1000) / 10.0, "完成度", label(p));
    }
    CategoryPlot plot = new CategoryPlot(data, new org.jfree.chart.axis.CategoryAxis(), axis(), renderer(top));
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    String title = category + " 完成度前" + TOP + "名（截至" + WorkSentence.chineseDate(model.asOf()) + "）";
    JFreeChart chart = new JFreeChart(title, plot);
    chart.removeLegend();
    ChartFonts.theme().apply(chart);
    labels((BarRenderer) plot.getRenderer());
    return chart;
  }

  /** Pixel height that gives each bar room for its label. */
  public static int height(ReportModel model, String category) {
    long bars = Math.min(TOP, model.progress().stream().filter(p -> category.equals(p.category())).count());
    return (int) Math.max(240, 120 + 32 * bars);
  }

  private static String label(OrgProgress p) {
    String name = p.orgName() == null ? p.orgId() : p.orgName();
    String shortName = name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH - 1) + "…" : name;
    return p.rankInCategory() + ". " + shortName;
  }

  private static NumberAxis axis() {
    NumberAxis axis = new NumberAxis("完成度（%）");
    axis.setRange(0, 108);
    axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(10));
    return axis;
  }

  private static BarRenderer renderer(List<OrgProgress> top) {
    BarRenderer renderer = new BarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return top.get(column).metAll() ? Palette.SHORTLISTED : Palette.NOT_MET;
      }
    };
    renderer.setMaximumBarWidth(0.08);
    return renderer;
  }

  /** Completion at the end of each bar; set after the theme, which resets item labels. */
  private static void labels(BarRenderer renderer) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%", format));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
  }
}
