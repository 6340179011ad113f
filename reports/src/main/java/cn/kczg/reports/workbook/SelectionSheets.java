package cn.kczg.reports.workbook;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.csv.SelectionCsv;
import cn.kczg.reports.text.Shortfall;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.NotSelectedEntry;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.ShortlistEntry;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The sheets of the selection's two stages: 渠道推荐 (every channel's recommendation list slot by slot,
 * unfilled slots with the nearest candidate and what it lacks) and 达标未入选 (qualifying organizations
 * not selected, with the stage, what cut them and the tie-break applied).
 */
final class SelectionSheets {
  private SelectionSheets() {}

  /** One row per slot of every channel. */
  static void recommendations(Sheet sheet, Styles styles, ReportModel model) {
    Messages m = model.messages();
    SheetTable t =
        new SheetTable(
            sheet,
            styles,
            SheetTable.labels(m, SelectionCsv.RECOMMENDATION_COLUMNS.toArray(String[]::new)));
    for (ChannelList list : model.channelLists()) {
      int position = 0;
      for (ShortlistEntry e : list.recommended()) {
        Row row = t.next();
        t.text(row, 0, list.channel());
        t.integer(row, 1, ++position);
        t.text(row, 2, m.text("slot.recommended"), styles.metText);
        t.text(row, 3, e.category());
        t.integer(row, 4, e.rank());
        t.text(row, 5, e.orgId());
        t.text(row, 6, e.orgName());
        t.number(row, 7, e.completion(), styles.percent);
        t.text(row, 8, "");
        t.text(row, 9, e.tieBreak());
      }
      for (int i = 0; i < list.unfilled(); i++) {
        ReserveEntry near = i < list.nearest().size() ? list.nearest().get(i) : null;
        Row row = t.next();
        t.text(row, 0, list.channel());
        t.integer(row, 1, ++position);
        t.text(row, 2, m.text(near == null ? "slot.unfilled" : "slot.nearest"), styles.unmetText);
        t.text(row, 3, near == null ? "" : near.category());
        t.text(row, 4, "");
        t.text(row, 5, near == null ? "" : near.orgId());
        t.text(row, 6, near == null ? "" : near.orgName());
        if (near != null) {
          t.number(row, 7, near.completion(), styles.percent);
        }
        t.text(row, 8, near == null ? "" : Shortfall.describe(m, near.missing()));
        t.text(row, 9, "");
      }
    }
    t.finish();
  }

  /** One row per qualifying organization left out. */
  static void notSelected(Sheet sheet, Styles styles, ReportModel model) {
    Messages m = model.messages();
    SheetTable t =
        new SheetTable(
            sheet,
            styles,
            SheetTable.labels(
                m,
                "category",
                "rank",
                "org_id",
                "org_name",
                "channel",
                "completion",
                "stage",
                "limit",
                "place",
                "cut_by",
                "tie_break"));
    for (NotSelectedEntry n : model.notSelected()) {
      Row row = t.next();
      t.text(row, 0, n.category());
      t.integer(row, 1, n.rank());
      t.text(row, 2, n.orgId());
      t.text(row, 3, n.orgName());
      t.text(row, 4, n.channel());
      t.number(row, 5, n.completion(), styles.percent);
      t.text(row, 6, m.text("stage." + n.stage().key()));
      t.integer(row, 7, n.limit());
      t.integer(row, 8, n.place());
      t.text(row, 9, n.cutBy());
      t.text(row, 10, n.tieBreak().isEmpty() ? m.text("tie_break.lower_score") : n.tieBreak());
    }
    t.finish();
  }
}
