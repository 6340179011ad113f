package cn.kczg.reports.chart;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.WeeklyTotal;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;

/**
 * City-wide published items per kind, one small panel per kind over the same weeks, each with its
 * own scale from zero and the value at every point ({@link WeeklyPanels}). One shared scale would
 * flatten the small kinds (活动 in the hundreds beside 资讯 in the thousands) into lines that seem not
 * to move. Each point after the first also shows the week's growth.
 */
public final class TrendChart {
  /** Pixel height of the chart. */
  public static final int HEIGHT = 820;

  private TrendChart() {}

  /** The trend of the model's weekly totals. */
  public static JFreeChart of(ReportModel model) {
    Messages m = model.messages();
    Map<String, SortedMap<LocalDate, Integer>> series = new LinkedHashMap<>();
    for (ItemKind kind : ItemKind.values()) {
      SortedMap<LocalDate, Integer> values = new TreeMap<>();
      for (WeeklyTotal w : model.weeklyTotals()) {
        values.put(w.week(), w.totals().get(kind));
      }
      series.put(m.kind(kind), values);
    }
    return WeeklyPanels.of(
        m.text("chart.trend.title"), m.text("chart.weeks"), series, Palette.KINDS);
  }
}
