package cn.kczg.reports.workbook;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.chart.Palette;
import cn.kczg.reports.text.RankChange;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.result.OrgProgress;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.DataBarFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The 进度 sheet: every organization with its five counts beside their targets (green when met, red
 * when not), whether it meets all, completion as a percentage with a data bar, its rank and the
 * rank change (▲ ▼ 新).
 */
final class ProgressSheet {
  private static final int FIRST_COUNT = 6;
  private static final int MET_ALL = FIRST_COUNT + 2 * ItemKind.values().length;
  private static final int COMPLETION = MET_ALL + 1;

  private ProgressSheet() {}

  static void write(Sheet sheet, Styles styles, ReportModel model) {
    Messages m = model.messages();
    SheetTable table = new SheetTable(sheet, styles, header(m));
    for (OrgProgress p : model.progress()) {
      row(table, styles, m, p);
    }
    table.finish();
    dataBar(sheet, table.lastRow());
  }

  static List<String> header(Messages m) {
    List<String> h =
        new ArrayList<>(
            SheetTable.labels(m, "org_id", "org_name", "org_type", "level", "region", "channel"));
    for (ItemKind kind : ItemKind.values()) {
      h.add(m.text("column." + kind.key()));
      h.add(m.text("column.target_kind", m.kind(kind)));
    }
    h.addAll(SheetTable.labels(m, "met_all", "completion", "rank_in_category", "rank_change"));
    return h;
  }

  private static void row(SheetTable t, Styles s, Messages m, OrgProgress p) {
    Row row = t.next();
    String[] fixed = {p.orgId(), p.orgName(), p.category(), p.level(), p.region(), p.channel()};
    for (int i = 0; i < fixed.length; i++) {
      t.text(row, i, fixed[i]);
    }
    int col = FIRST_COUNT;
    for (ItemKind kind : ItemKind.values()) {
      t.number(row, col++, p.counts().get(kind), p.met(kind) ? s.met : s.unmet);
      t.integer(row, col++, p.targets().get(kind));
    }
    t.text(row, MET_ALL, m.yesNo(p.metAll()), p.metAll() ? s.metText : s.unmetText);
    t.number(row, COMPLETION, p.completion(), s.percent);
    t.integer(row, COMPLETION + 1, p.rankInCategory());
    String change = RankChange.symbol(m, p);
    t.text(row, COMPLETION + 2, change, s.change(change));
  }

  /** A green bar from 0% to 100% in the completion column. */
  private static void dataBar(Sheet sheet, int lastRow) {
    if (lastRow < 1) {
      return;
    }
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    ConditionalFormattingRule rule =
        formatting.createConditionalFormattingRule(Styles.color(Palette.COMPLETION_BAR));
    DataBarFormatting bar = rule.getDataBarFormatting();
    bar.getMinThreshold().setRangeType(RangeType.NUMBER);
    bar.getMinThreshold().setValue(0d);
    bar.getMaxThreshold().setRangeType(RangeType.NUMBER);
    bar.getMaxThreshold().setValue(1d);
    CellRangeAddress range = new CellRangeAddress(1, lastRow, COMPLETION, COMPLETION);
    formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
  }
}
