package cn.kczg.reports.chart;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.SharedText;
import cn.kczg.schemas.messages.Messages;
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
 * A horizontal bar chart of a category's best organizations in league-table order (the first at the
 * top). A bar is the organization's published items relative to its targets (its total over the sum
 * of its five targets): every organization meeting all targets is at 100% or beyond, so the many
 * that tie at 100% completion are told apart by how far beyond they are, and the axis ends at the
 * longest bar instead of a fixed 120%. Bars of organizations that meet every target are green,
 * others orange; each ends with its completion and total published items. The title says how many
 * organizations the category has and how many meet every target.
 */
public final class RankingChart {
  /** How many organizations the chart shows. */
  public static final int TOP = 15;

  private static final int NAME_LENGTH = 18;

  private RankingChart() {}

  /** The chart for one category; empty when the category has no organizations. */
  public static JFreeChart of(ReportModel model, String category) {
    Messages m = model.messages();
    List<OrgProgress> all =
        model.progress().stream().filter(p -> category.equals(p.category())).toList();
    List<OrgProgress> top = all.stream().limit(TOP).toList();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (OrgProgress p : top) {
      data.addValue(
          Math.round(relative(p) * 1000) / 10.0, m.text("chart.ranking.series"), label(p));
    }
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis(m, top), renderer(top));
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setFixedLegendItems(legend(m));
    long metAll = all.stream().filter(OrgProgress::metAll).count();
    String title =
        m.text(
            "chart.ranking.title", category, top.size(), all.size(), metAll, m.date(model.asOf()));
    JFreeChart chart = new JFreeChart(title, plot);
    ChartFonts.theme().apply(chart);
    chart.addSubtitle(new TextTitle(subtitle(m, all), ChartFonts.cjk(Font.PLAIN, 12)));
    labels(m, (BarRenderer) plot.getRenderer(), top);
    return chart;
  }

  /**
   * Published items relative to the targets: the total over the sum of the five targets (1.0 when
   * an organization published exactly what the targets ask), 0 when there are no targets.
   */
  public static double relative(OrgProgress p) {
    int targets = p.targets().total();
    return targets <= 0 ? 0 : (double) p.total() / targets;
  }

  /** Pixel height that gives each bar room for its label. */
  public static int height(ReportModel model, String category) {
    long bars =
        Math.min(TOP, model.progress().stream().filter(p -> category.equals(p.category())).count());
    return (int) Math.max(260, 160 + 32 * bars);
  }

  private static String subtitle(Messages m, List<OrgProgress> all) {
    long full = all.stream().filter(p -> p.completion() >= 1.0).count();
    String order = m.text("chart.ranking.order");
    return full > 1 ? m.text("chart.ranking.ties", full) + order : order;
  }

  private static String label(OrgProgress p) {
    String name = SharedText.of(p.orgName() == null ? p.orgId() : p.orgName());
    String shortName =
        name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH - 1) + "…" : name;
    return p.rankInCategory() + ". " + shortName;
  }

  /** From zero to just beyond the longest bar, leaving room for the labels at the bars' ends. */
  private static NumberAxis axis(Messages m, List<OrgProgress> top) {
    NumberAxis axis = new NumberAxis(m.text("chart.ranking.axis"));
    double longest = top.stream().mapToDouble(RankingChart::relative).max().orElse(1) * 100;
    axis.setRange(0, Math.max(10, longest * 1.22));
    return axis;
  }

  private static LegendItemCollection legend(Messages m) {
    LegendItemCollection items = new LegendItemCollection();
    Rectangle2D box = new Rectangle2D.Double(-5, -5, 10, 10);
    items.add(
        new LegendItem(m.text("chart.legend.met_all"), null, null, null, box, Palette.SHORTLISTED));
    items.add(
        new LegendItem(m.text("chart.legend.not_met"), null, null, null, box, Palette.NOT_MET));
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
  private static void labels(Messages m, BarRenderer renderer, List<OrgProgress> top) {
    renderer.setDefaultItemLabelGenerator(new BarEndLabels(m, top));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartFonts.cjk(Font.PLAIN, 11));
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
  }

  /** "完成度100% · 63条" at the end of a bar. */
  private record BarEndLabels(Messages m, List<OrgProgress> top)
      implements CategoryItemLabelGenerator {
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
      return m.text(
          "chart.ranking.bar_end",
          cn.kczg.reports.text.Numbers.percent(p.completion()).replace(".0%", "%"),
          p.total());
    }
  }
}
