package cn.kczg.reports.chart;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.WeeklyStanding;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.OrgProgress;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;

/**
 * Organizations meeting every target, week by week, one small panel per category ({@link
 * WeeklyPanels}: each its own scale from zero, the value and the week's change at every point). The
 * figure the selection turns on: 企业 going from 120 to 144 is 24 more candidates for 90 places.
 * Every week is measured against today's targets.
 */
public final class MetTrendChart {
  private MetTrendChart() {}

  /** True when the model has the weeks and organizations to draw. */
  public static boolean hasData(ReportModel model) {
    return !model.weeklyStandings().isEmpty() && !model.progress().isEmpty();
  }

  /** The chart of the model's weekly standings. */
  public static JFreeChart of(ReportModel model) {
    Messages m = model.messages();
    return WeeklyPanels.of(
        m.text("chart.met_trend.title", m.date(model.asOf())),
        m.text("chart.weeks"),
        series(model),
        new java.awt.Color[] {Palette.SHORTLISTED});
  }

  /** Pixel height: room for one panel per category. */
  public static int height(ReportModel model) {
    return Math.max(300, 120 + 170 * series(model).size());
  }

  /** Category → organizations meeting every target per week, categories in display order. */
  static Map<String, SortedMap<LocalDate, Integer>> series(ReportModel model) {
    Map<String, String> category =
        model.progress().stream()
            .collect(Collectors.toMap(OrgProgress::orgId, OrgProgress::category, (a, b) -> a));
    Map<String, SortedMap<LocalDate, Integer>> out = new LinkedHashMap<>();
    for (String c : model.categories()) {
      if (category.containsValue(c)) {
        SortedMap<LocalDate, Integer> weeks = new TreeMap<>();
        for (WeeklyStanding w : model.weeklyStandings()) {
          weeks.put(
              w.week(),
              (int) w.meetingAll().stream().filter(id -> c.equals(category.get(id))).count());
        }
        out.put(c, weeks);
      }
    }
    return out;
  }
}
