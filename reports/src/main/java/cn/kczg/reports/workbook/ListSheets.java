package cn.kczg.reports.workbook;

import cn.kczg.reports.OrgContact;
import cn.kczg.reports.QuarantineRow;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.summary.QuarantineImpact;
import cn.kczg.reports.text.Phones;
import cn.kczg.reports.text.QuarantineText;
import cn.kczg.reports.text.Shortfall;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.ShortlistEntry;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The list sheets of the weekly workbook: 推荐名单, 储备, 渠道 and 隔离. */
final class ListSheets {
  private ListSheets() {}

  /** The shortlist with its contacts; phones masked. */
  static void shortlist(Sheet sheet, Styles styles, ReportModel model) {
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
                "leader",
                "contact",
                "phone",
                "tie_break"));
    for (ShortlistEntry s : model.shortlist()) {
      OrgContact c = model.contact(s.orgId());
      Row row = t.next();
      t.text(row, 0, s.category());
      t.integer(row, 1, s.rank());
      t.text(row, 2, s.orgId());
      t.text(row, 3, s.orgName());
      t.text(row, 4, s.channel());
      t.number(row, 5, s.completion(), styles.percent);
      t.text(row, 6, c.leader());
      t.text(row, 7, c.contactName());
      t.text(row, 8, Phones.mask(c.phone()));
      t.text(row, 9, s.tieBreak());
    }
    t.finish();
  }

  /** The reserve with what each organization still lacks. */
  static void reserve(Sheet sheet, Styles styles, ReportModel model) {
    Messages m = model.messages();
    SheetTable t =
        new SheetTable(
            sheet,
            styles,
            SheetTable.labels(
                m, "category", "org_id", "org_name", "channel", "completion", "lacking"));
    for (ReserveEntry r : model.reserve()) {
      Row row = t.next();
      t.text(row, 0, r.category());
      t.text(row, 1, r.orgId());
      t.text(row, 2, r.orgName());
      t.text(row, 3, r.channel());
      t.number(row, 4, r.completion(), styles.percent);
      t.text(row, 5, Shortfall.describe(m, r.missing()));
    }
    t.finish();
  }

  /** How full each channel is. */
  static void channels(Sheet sheet, Styles styles, ReportModel model) {
    SheetTable t =
        new SheetTable(
            sheet,
            styles,
            SheetTable.labels(
                model.messages(),
                "channel",
                "slots",
                "qualifying",
                "recommended",
                "shortlisted",
                "near_qualifying",
                "seats",
                "unfilled"));
    for (ChannelFill c : model.channels()) {
      Row row = t.next();
      t.text(row, 0, c.channel());
      long[] values = {
        c.slots(),
        c.qualifying(),
        c.recommended(),
        c.shortlisted(),
        c.nearQualifying(),
        c.seats(),
        c.unfilled()
      };
      for (int i = 0; i < values.length; i++) {
        t.integer(row, i + 1, values[i]);
      }
    }
    t.finish();
  }

  /**
   * Rows set aside, with the reason in words, what is wrong, the organization and indicator each
   * would count for, and suggestions; phones in raw text masked.
   */
  static void quarantine(Sheet sheet, Styles styles, ReportModel model) {
    Messages m = model.messages();
    SheetTable t =
        new SheetTable(
            sheet,
            styles,
            SheetTable.labels(
                m, "file", "line", "reason", "detail", "affects", "raw", "suggestions"));
    QuarantineImpact impact = QuarantineImpact.of(model);
    for (QuarantineRow q : model.quarantine()) {
      Row row = t.next();
      t.text(row, 0, q.file());
      t.integer(row, 1, q.line());
      t.text(row, 2, QuarantineText.reason(m, q.reason()));
      t.text(row, 3, QuarantineText.detail(m, q));
      t.text(row, 4, impact.sentence(q));
      t.text(row, 5, QuarantineText.raw(m, q));
      t.text(row, 6, String.join(m.text("list.separator"), q.suggestions()));
    }
    t.finish();
  }
}
