package cn.kczg.reports.workbook;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.summary.GroupFigures;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 汇总 sheet: per category, then per recommending channel, how many organizations there are, how
 * many meet every target now and how that changed since the previous as-of, the mean completion,
 * and how many are shortlisted against the quota or slots. The as-of dates follow below the table.
 */
final class SummarySheet {
  static final String NAME = "汇总";
  static final List<String> HEADER =
      List.of(
          "分组", "名称", "机构数", "全部达标", "上周全部达标", "较上周", "平均完成度", "较上周完成度", "入选/推荐", "名额", "未填",
          "名额使用率");

  private SummarySheet() {}

  static void write(Sheet sheet, Styles styles, ReportModel model) {
    SheetTable t = new SheetTable(sheet, styles, HEADER);
    for (GroupFigures g : GroupFigures.of(model)) {
      line(t, styles, g);
    }
    t.finish();
    Row note = sheet.createRow(t.lastRow() + 2);
    String previous = model.previousAsOf() == null ? "；无上周数据" : "；较上周对比 " + model.previousAsOf();
    t.text(note, 0, "截至 " + model.asOf() + previous, styles.text);
  }

  private static void line(SheetTable t, Styles s, GroupFigures g) {
    Row row = t.next();
    t.text(row, 0, g.group());
    t.text(row, 1, g.name());
    t.integer(row, 2, g.organizations());
    t.integer(row, 3, g.meetingAll());
    optionalInteger(t, row, 4, g.meetingAllBefore());
    Integer change = g.change();
    if (change == null) {
      t.text(row, 5, "");
    } else {
      t.number(row, 5, change, change > 0 ? s.upNumber : change < 0 ? s.downNumber : s.signed);
    }
    t.number(row, 6, g.meanCompletion(), s.percent);
    if (g.meanCompletionBefore() == null) {
      t.text(row, 7, "");
    } else {
      t.number(row, 7, g.meanCompletion() - g.meanCompletionBefore(), s.signedPercent);
    }
    t.integer(row, 8, g.shortlisted());
    t.integer(row, 9, g.seats());
    t.integer(row, 10, g.unfilled());
    t.number(row, 11, g.fill(), s.percent);
  }

  private static void optionalInteger(SheetTable t, Row row, int col, Integer value) {
    if (value == null) {
      t.text(row, col, "");
    } else {
      t.integer(row, col, value);
    }
  }
}
