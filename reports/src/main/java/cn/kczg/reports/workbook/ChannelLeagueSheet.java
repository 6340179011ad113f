package cn.kczg.reports.workbook;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.summary.ChannelPlace;
import cn.kczg.reports.text.RankChange;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.ChannelStanding;
import cn.kczg.schemas.result.OrgProgress;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 渠道排名 sheet: each recommending channel's league table per category, with the rank change since
 * the previous as-of (▲ ▼ 新) and whether the organization is shortlisted.
 */
final class ChannelLeagueSheet {
  private ChannelLeagueSheet() {}

  static void write(Sheet sheet, Styles styles, ReportModel model) {
    Messages m = model.messages();
    SheetTable t =
        new SheetTable(
            sheet,
            styles,
            SheetTable.labels(
                m,
                "channel",
                "category",
                "channel_rank",
                "rank_change",
                "org_id",
                "org_name",
                "completion",
                "met_all",
                "shortlisted_flag"));
    for (ChannelPlace place : ChannelPlace.of(model)) {
      row(t, styles, m, place);
    }
    t.finish();
  }

  private static void row(SheetTable t, Styles s, Messages m, ChannelPlace place) {
    ChannelStanding st = place.standing();
    OrgProgress p = place.progress();
    Row row = t.next();
    t.text(row, 0, st.channel());
    t.text(row, 1, st.category());
    t.integer(row, 2, st.rank());
    String change = RankChange.symbol(m, st.rank(), st.previousRank());
    t.text(row, 3, change, s.change(change));
    t.text(row, 4, p.orgId());
    t.text(row, 5, p.orgName());
    t.number(row, 6, p.completion(), s.percent);
    t.text(row, 7, m.yesNo(p.metAll()), p.metAll() ? s.metText : s.unmetText);
    t.text(row, 8, place.shortlisted() ? m.yesNo(true) : "");
  }
}
