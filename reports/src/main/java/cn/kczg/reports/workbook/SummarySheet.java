package cn.kczg.reports.workbook;

import cn.kczg.reports.ReportModel;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.OrgProgress;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 汇总 sheet: per category, then per recommending channel, how many organizations there
 * are, how many meet every target, and how many are shortlisted against the quota or slots.
 * The as-of dates follow below the table.
 */
final class SummarySheet {
  static final String NAME = "汇总";
  static final List<String> HEADER = List.of("分组", "名称", "机构数", "全部达标", "入选", "名额", "未填");

  private SummarySheet() {}

  static void write(Sheet sheet, Styles styles, ReportModel model) {
    SheetTable t = new SheetTable(sheet, styles, HEADER);
    for (String category : model.categories()) {
      long shortlisted = model.shortlist().stream().filter(s -> s.category().equals(category)).count();
      int quota = model.program().quota(category);
      line(t, "机构类型", category, model, p -> category.equals(p.category()), shortlisted, quota);
    }
    for (ChannelFill c : model.channels()) {
      line(t, "推荐渠道", c.channel(), model, p -> c.channel().equals(p.channel()), c.shortlisted(), c.slots());
    }
    t.finish();
    Row note = sheet.createRow(t.lastRow() + 2);
    String previous = model.previousAsOf() == null ? "" : "；排名变化对比 " + model.previousAsOf();
    t.text(note, 0, "截至 " + model.asOf() + previous, styles.text);
  }

  private static void line(
      SheetTable t, String group, String name, ReportModel model, Predicate<OrgProgress> in, long shortlisted, int seats) {
    List<OrgProgress> orgs = model.progress().stream().filter(in).toList();
    Row row = t.next();
    t.text(row, 0, group);
    t.text(row, 1, name);
    t.integer(row, 2, orgs.size());
    t.integer(row, 3, orgs.stream().filter(OrgProgress::metAll).count());
    t.integer(row, 4, shortlisted);
    t.integer(row, 5, seats);
    t.integer(row, 6, Math.max(0, seats - shortlisted));
  }
}
