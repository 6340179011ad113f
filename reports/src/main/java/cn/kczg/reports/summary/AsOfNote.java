package cn.kczg.reports.summary;

import cn.kczg.reports.ReportModel;
import cn.kczg.schemas.messages.Messages;

/**
 * The line every output puts under its title: the as-of date, the week it compares with, and the
 * days left to the program's deadline.
 *
 * <p>Example: {@code 截至2022年7月11日；较上周（2022年7月4日）对比；距截止日2022年7月29日还有18天}.
 */
public final class AsOfNote {
  private AsOfNote() {}

  /** The whole line. */
  public static String of(ReportModel model) {
    Messages m = model.messages();
    String previous =
        model.previousAsOf() == null
            ? m.text("asof.no_previous")
            : m.text("asof.previous", m.date(model.previousAsOf()));
    String deadline = deadline(model);
    return m.text("asof.date", m.date(model.asOf()))
        + m.text("asof.separator")
        + previous
        + (deadline.isEmpty() ? "" : m.text("asof.separator") + deadline);
  }

  /**
   * The days left to the deadline in words ({@code 距截止日2022年7月29日还有18天}, {@code 今天截止}, {@code
   * 已过截止日3天}), or empty when the program has none.
   */
  public static String deadline(ReportModel model) {
    Long days = model.program().daysLeft(model.asOf());
    if (days == null) {
      return "";
    }
    Messages m = model.messages();
    String date = m.date(model.program().deadline());
    if (days > 0) {
      return m.text("deadline.days_left", date, days);
    }
    return days == 0 ? m.text("deadline.today", date) : m.text("deadline.passed", date, -days);
  }
}
