package cn.kczg.reports.workbook;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.summary.Lagging;
import cn.kczg.reports.text.Shortfall;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.result.OrgProgress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 滞后与风险 sheet: every organization not meeting all targets, the furthest behind first, with what
 * it lacks, whether it is at risk of missing the deadline at its recent pace, and the projected
 * date of each indicator (已达标 in green, a date on time, a late date or 无进展 in red).
 */
final class LaggingSheet {
  static final String NAME = "滞后与风险";
  private static final int FIRST_PROJECTION = 8;

  private LaggingSheet() {}

  static void write(Sheet sheet, Styles styles, ReportModel model) {
    SheetTable t = new SheetTable(sheet, styles, header());
    for (Lagging lagging : Lagging.of(model)) {
      row(t, styles, lagging);
    }
    t.finish();
  }

  static List<String> header() {
    List<String> h =
        new ArrayList<>(List.of("机构编号", "机构名称", "机构类型", "推荐渠道", "完成度", "类内排名", "尚缺", "截止前风险"));
    for (ItemKind kind : ItemKind.values()) {
      h.add(kind.label() + "预计达标");
    }
    return h;
  }

  private static void row(SheetTable t, Styles s, Lagging lagging) {
    OrgProgress p = lagging.progress();
    Row row = t.next();
    t.text(row, 0, p.orgId());
    t.text(row, 1, p.orgName());
    t.text(row, 2, p.category());
    t.text(row, 3, p.channel());
    t.number(row, 4, p.completion(), s.percent);
    t.integer(row, 5, p.rankInCategory());
    t.text(row, 6, Shortfall.describe(missing(p)));
    boolean known = !lagging.forecasts().isEmpty();
    t.text(
        row,
        7,
        !known ? "" : lagging.atRisk() ? "有风险" : "按期",
        lagging.atRisk() ? s.unmetText : s.text);
    int col = FIRST_PROJECTION;
    for (ItemKind kind : ItemKind.values()) {
      String projected = lagging.projected(kind);
      t.text(
          row,
          col++,
          projected,
          lagging.late(kind) ? s.unmetText : p.met(kind) ? s.metText : s.text);
    }
  }

  private static Map<ItemKind, Integer> missing(OrgProgress p) {
    Map<ItemKind, Integer> out = new EnumMap<>(ItemKind.class);
    for (ItemKind kind : ItemKind.values()) {
      out.put(kind, p.shortBy(kind));
    }
    return out;
  }
}
