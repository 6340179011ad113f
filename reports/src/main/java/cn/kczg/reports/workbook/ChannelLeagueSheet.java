package cn.kczg.reports.workbook;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.summary.ChannelPlace;
import cn.kczg.reports.text.RankChange;
import cn.kczg.schemas.result.ChannelStanding;
import cn.kczg.schemas.result.OrgProgress;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 渠道排名 sheet: each recommending channel's league table per category, with the rank change since
 * the previous as-of (▲ ▼ 新) and whether the organization is shortlisted.
 */
final class ChannelLeagueSheet {
  static final String NAME = "渠道排名";
  static final List<String> HEADER =
      List.of("推荐渠道", "机构类型", "渠道内排名", "排名变化", "机构编号", "机构名称", "完成度", "全部达标", "入选");

  private ChannelLeagueSheet() {}

  static void write(Sheet sheet, Styles styles, ReportModel model) {
    SheetTable t = new SheetTable(sheet, styles, HEADER);
    for (ChannelPlace place : ChannelPlace.of(model)) {
      row(t, styles, place);
    }
    t.finish();
  }

  private static void row(SheetTable t, Styles s, ChannelPlace place) {
    ChannelStanding st = place.standing();
    OrgProgress p = place.progress();
    Row row = t.next();
    t.text(row, 0, st.channel());
    t.text(row, 1, st.category());
    t.integer(row, 2, st.rank());
    String change = RankChange.symbol(st.rank(), st.previousRank());
    t.text(
        row, 3, change, change.startsWith("▲") ? s.up : change.startsWith("▼") ? s.down : s.text);
    t.text(row, 4, p.orgId());
    t.text(row, 5, p.orgName());
    t.number(row, 6, p.completion(), s.percent);
    t.text(row, 7, p.metAll() ? "是" : "否", p.metAll() ? s.metText : s.unmetText);
    t.text(row, 8, place.shortlisted() ? "是" : "");
  }
}
