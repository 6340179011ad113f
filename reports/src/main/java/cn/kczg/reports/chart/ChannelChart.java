package cn.kczg.reports.chart;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.SharedText;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.ChannelFill;
import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import java.util.Comparator;
import java.util.List;
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
 * tick at the channel's slots. Channels are ordered by fill, the fullest first (then by name), so
 * the channels with empty slots gather at the bottom; each channel's name carries its fill ("1/10":
 * one shortlisted of ten slots).
 */
public final class ChannelChart {
  private ChannelChart() {}

  /** The chart of the model's channels. */
  public static JFreeChart of(ReportModel model) {
    Messages m = model.messages();
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    DefaultCategoryDataset slots = new DefaultCategoryDataset();
    for (ChannelFill c : byFill(model.channels())) {
      String row = label(c);
      bars.addValue(c.shortlisted(), m.text("chart.channels.shortlisted"), row);
      bars.addValue(
          Math.max(0, c.qualifying() - c.shortlisted()), m.text("chart.channels.beyond"), row);
      bars.addValue(c.nearQualifying(), m.text("chart.channels.near"), row);
      slots.addValue(c.slots(), m.text("chart.channels.slots"), row);
    }
    NumberAxis axis = new NumberAxis(m.text("chart.channels.axis"));
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    CategoryPlot plot = new CategoryPlot(bars, new CategoryAxis(), axis, new StackedBarRenderer());
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setDataset(1, slots);
    plot.setRenderer(1, new LineAndShapeRenderer(false, true));
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    JFreeChart chart = new JFreeChart(m.text("chart.channels.title", m.date(model.asOf())), plot);
    ChartFonts.theme().apply(chart);
    chart.addSubtitle(
        new org.jfree.chart.title.TextTitle(
            m.text("chart.channels.legend"), ChartFonts.cjk(java.awt.Font.PLAIN, 12)));
    styleBars((StackedBarRenderer) plot.getRenderer(0));
    styleSlots((LineAndShapeRenderer) plot.getRenderer(1));
    return chart;
  }

  /** Channels by fill (shortlisted over slots), the fullest first, then by name. */
  static List<ChannelFill> byFill(List<ChannelFill> channels) {
    return channels.stream()
        .sorted(
            Comparator.comparingDouble(ChannelChart::fill)
                .reversed()
                .thenComparing(ChannelFill::channel))
        .toList();
  }

  private static double fill(ChannelFill c) {
    return c.slots() <= 0 ? 0 : (double) c.shortlisted() / c.slots();
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
