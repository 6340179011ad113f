package cn.kczg.reports.chart;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.SharedText;
import cn.kczg.reports.text.WorkSentence;
import cn.kczg.schemas.result.ChannelFill;
import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * How full each recommending channel is: a stacked bar per channel of its shortlisted organizations
 * (green), the qualifying ones beyond them (amber) and the near-qualifying ones (grey), with a red
 * tick at the channel's slots. Each channel's name carries its fill ("1/10": one shortlisted of ten
 * slots).
 */
public final class ChannelChart {
  static final String SHORTLISTED = "入选";
  static final String BEYOND = "达标未入选";
  static final String NEAR = "接近达标";
  static final String SLOTS = "名额";

  private ChannelChart() {}

  /** The chart of the model's channels. */
  public static JFreeChart of(ReportModel model) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    DefaultCategoryDataset slots = new DefaultCategoryDataset();
    for (ChannelFill c : model.channels()) {
      String row = label(c);
      bars.addValue(c.shortlisted(), SHORTLISTED, row);
      bars.addValue(Math.max(0, c.qualifying() - c.shortlisted()), BEYOND, row);
      bars.addValue(c.nearQualifying(), NEAR, row);
      slots.addValue(c.slots(), SLOTS, row);
    }
    NumberAxis axis = new NumberAxis("机构数");
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    CategoryPlot plot = new CategoryPlot(bars, new CategoryAxis(), axis, new StackedBarRenderer());
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setDataset(1, slots);
    plot.setRenderer(1, new LineAndShapeRenderer(false, true));
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    JFreeChart chart =
        new JFreeChart("推荐渠道名额使用：入选/名额（截至" + WorkSentence.chineseDate(model.asOf()) + "）", plot);
    ChartFonts.theme().apply(chart);
    chart.addSubtitle(
        new org.jfree.chart.title.TextTitle(
            "绿：入选；黄：达标但未入选（渠道名额或类别名额已满）；灰：接近达标；红线：渠道名额", ChartFonts.cjk(java.awt.Font.PLAIN, 12)));
    styleBars((StackedBarRenderer) plot.getRenderer(0));
    styleSlots((LineAndShapeRenderer) plot.getRenderer(1));
    return chart;
  }

  /** The channel with its fill, e.g. {@code 南岳区科协 1/10}: shortlisted of slots. */
  static String label(ChannelFill c) {
    return SharedText.of(c.channel()) + "  " + c.shortlisted() + "/" + c.slots();
  }

  /** Pixel height that gives each channel room. */
  public static int height(ReportModel model) {
    return Math.max(260, 140 + 30 * model.channels().size());
  }

  /** Colours set after the theme, which clears series paints. */
  private static void styleBars(StackedBarRenderer r) {
    r.setSeriesPaint(0, Palette.SHORTLISTED);
    r.setSeriesPaint(1, Palette.BEYOND_SLOTS);
    r.setSeriesPaint(2, Palette.NEAR);
    r.setMaximumBarWidth(0.07);
  }

  private static void styleSlots(LineAndShapeRenderer r) {
    r.setSeriesPaint(0, Palette.SLOTS);
    r.setSeriesShape(0, new Rectangle2D.Double(-2, -11, 4, 22));
    r.setSeriesStroke(0, new BasicStroke(1f));
  }
}
