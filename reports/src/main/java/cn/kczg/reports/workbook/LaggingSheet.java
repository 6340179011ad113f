package cn.kczg.reports.workbook;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.summary.Lagging;
import cn.kczg.reports.text.Shortfall;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.result.OrgProgress;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 滞后与风险 sheet: every organization not meeting all targets, those fewest items short first (the
 * ones a push this week can still bring over the line), with what it lacks, whether it is at risk
 * of missing the deadline at its recent pace, and the projected date of each indicator (已达标 in
 * green, a date on time, a late date or 无进展 in red).
 */
final class LaggingSheet {
  private static final int FIRST_PROJECTION = 9;

  private LaggingSheet() {}

  static void write(Sheet sheet, Styles styles, ReportModel model) {
    Messages m = model.messages();
    SheetTable t = new SheetTable(sheet, styles, header(m));
    for (Lagging lagging : Lagging.of(model)) {
      row(t, styles, m, lagging);
    }
    t.finish();
  }

  static List<String> header(Messages m) {
    List<String> h =
        new ArrayList<>(
            SheetTable.labels(
                m,
                "org_id",
                "org_name",
                "category",
                "channel",
                "completion",
                "rank_in_category",
                "items_short",
                "lacking",
                "at_risk"));
    for (ItemKind kind : ItemKind.values()) {
      h.add(m.text("column.projected_kind", m.kind(kind)));
    }
    return h;
  }

  private static void row(SheetTable t, Styles s, Messages m, Lagging lagging) {
    OrgProgress p = lagging.progress();
    Row row = t.next();
    t.text(row, 0, p.orgId());
    t.text(row, 1, p.orgName());
    t.text(row, 2, p.category());
    t.text(row, 3, p.channel());
    t.number(row, 4, p.completion(), s.percent);
    t.integer(row, 5, p.rankInCategory());
    t.integer(row, 6, lagging.itemsShort());
    t.text(row, 7, Shortfall.describe(m, lagging.missing()));
    boolean known = !lagging.forecasts().isEmpty();
    t.text(
        row,
        8,
        !known ? "" : m.text(lagging.atRisk() ? "risk.at_risk" : "risk.on_time"),
        lagging.atRisk() ? s.unmetText : s.text);
    int col = FIRST_PROJECTION;
    for (ItemKind kind : ItemKind.values()) {
      t.text(
          row,
          col++,
          lagging.projected(m, kind),
          lagging.late(kind) ? s.unmetText : p.met(kind) ? s.metText : s.text);
    }
  }
}
