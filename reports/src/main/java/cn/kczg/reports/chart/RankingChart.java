package cn.kczg.reports.chart;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.SharedText;
import cn.kczg.reports.text.WorkSentence;
import cn.kczg.schemas.result.OrgProgress;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A horizontal bar chart of a category's best organizations by completion, in league-table order
 * (the first at the top). Bars of organizations that meet every target are green, others orange.
 * The title says how many organizations the category has and how many meet every target; each bar
 * ends with its completion and total published items, because many organizations tie at 100% and
 * the table then separates them by total items.
 */
public final class RankingChart {
  /** How many organizations the chart shows. */
  public static final int TOP = 15;

  private static final int NAME_LENGTH = 18;

  private RankingChart() {}

  /** The chart for one category; empty when the category has no organizations. */
  public static JFreeChart of(ReportModel model, String category) {
    List<OrgProgress> all =
        model.progress().stream().filter(p -> category.equals(p.category())).toList();
    List<OrgProgress> top = all.stream().limit(TOP).toList();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (OrgProgress p : top) {
      data.addValue(Math.round(p.completion() * 1000) / 10.0, "完成度", label(p));
    }
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis(), renderer(top));
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setFixedLegendItems(legend());
    long metAll = all.stream().filter(OrgProgress::metAll).count();
    String title =
        category
            + " 完成度排名前"
            + top.size()
            + "（共"
            + all.size()
            + "家，"
            + metAll
            + "家全部达标；截至"
            + WorkSentence.chineseDate(model.asOf())
            + "）";
    JFreeChart chart = new JFreeChart(title, plot);
    ChartFonts.theme().apply(chart);
    chart.addSubtitle(new TextTitle(subtitle(all), ChartFonts.cjk(Font.PLAIN, 12)));
    labels((BarRenderer) plot.getRenderer(), top);
    return chart;
  }

  /** Pixel height that gives each bar room for its label. */
  public static int height(ReportModel model, String category) {
    long bars =
        Math.min(TOP, model.progress().stream().filter(p -> category.equals(p.category())).count());
    return (int) Math.max(260, 160 + 32 * bars);
  }

  private static String subtitle(List<OrgProgress> all) {
    long full = all.stream().filter(p -> p.completion() >= 1.0).count();
    String order = "排名依次按得分、完成度、发布总量、机构编号；条末为完成度 · 发布总量";
    return full > 1 ? full + "家完成度并列100%，以发布总量区分先后。" + order : order;
  }

  private static String label(OrgProgress p) {
    String name = SharedText.of(p.orgName() == null ? p.orgId() : p.orgName());
    String shortName =
        name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH - 1) + "…" : name;
    return p.rankInCategory() + ". " + shortName;
  }

  private static NumberAxis axis() {
    NumberAxis axis = new NumberAxis("完成度（%）");
    axis.setRange(0, 122);
    axis.setTickUnit(new NumberTickUnit(10));
    return axis;
  }

  private static LegendItemCollection legend() {
    LegendItemCollection items = new LegendItemCollection();
    Rectangle2D box = new Rectangle2D.Double(-5, -5, 10, 10);
    items.add(new LegendItem("全部达标", null, null, null, box, Palette.SHORTLISTED));
    items.add(new LegendItem("未全部达标", null, null, null, box, Palette.NOT_MET));
    return items;
  }

  private static BarRenderer renderer(List<OrgProgress> top) {
    BarRenderer renderer =
        new BarRenderer() {
          @Override
          public Paint getItemPaint(int row, int column) {
            return top.get(column).metAll() ? Palette.SHORTLISTED : Palette.NOT_MET;
          }
        };
    renderer.setMaximumBarWidth(0.08);
    return renderer;
  }

  /**
   * Completion and total items at the end of each bar; set after the theme, which resets labels.
   */
  private static void labels(BarRenderer renderer, List<OrgProgress> top) {
    renderer.setDefaultItemLabelGenerator(new BarEndLabels(top));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartFonts.cjk(Font.PLAIN, 11));
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
  }

  /** "100% · 63条" at the end of a bar. */
  private record BarEndLabels(List<OrgProgress> top) implements CategoryItemLabelGenerator {
    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return null;
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return null;
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      OrgProgress p = top.get(column);
      return cn.kczg.reports.text.Numbers.percent(p.completion()).replace(".0%", "%")
          + " · "
          + p.total()
          + "条";
    }
  }
}
