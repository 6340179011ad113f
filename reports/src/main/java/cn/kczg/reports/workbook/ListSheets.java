package cn.kczg.reports.workbook;

import cn.kczg.reports.OrgContact;
import cn.kczg.reports.QuarantineRow;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.Phones;
import cn.kczg.reports.text.Shortfall;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.ShortlistEntry;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The list sheets of the weekly workbook: 推荐名单, 储备, 渠道 and 隔离. */
final class ListSheets {
  static final String SHORTLIST = "推荐名单";
  static final String RESERVE = "储备";
  static final String CHANNELS = "渠道";
  static final String QUARANTINE = "隔离";

  private ListSheets() {}

  /** The shortlist with its contacts; phones masked. */
  static void shortlist(Sheet sheet, Styles styles, ReportModel model) {
    SheetTable t =
        new SheetTable(
            sheet,
            styles,
            List.of("机构类型", "类内排名", "机构编号", "机构名称", "推荐渠道", "完成度", "负责人", "联系人", "联系电话", "决胜规则"));
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
    SheetTable t =
        new SheetTable(sheet, styles, List.of("机构类型", "机构编号", "机构名称", "推荐渠道", "完成度", "尚缺"));
    for (ReserveEntry r : model.reserve()) {
      Row row = t.next();
      t.text(row, 0, r.category());
      t.text(row, 1, r.orgId());
      t.text(row, 2, r.orgName());
      t.text(row, 3, r.channel());
      t.number(row, 4, r.completion(), styles.percent);
      t.text(row, 5, Shortfall.describe(r.missing()));
    }
    t.finish();
  }

  /** How full each channel is. */
  static void channels(Sheet sheet, Styles styles, ReportModel model) {
    SheetTable t =
        new SheetTable(
            sheet, styles, List.of("推荐渠道", "名额", "达标机构", "推荐", "入选", "接近达标", "分配席位", "未填"));
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

  /** Rows set aside, with reasons and suggestions; phones in raw text masked. */
  static void quarantine(Sheet sheet, Styles styles, ReportModel model) {
    SheetTable t = new SheetTable(sheet, styles, List.of("文件", "行", "原因", "说明", "原始内容", "建议"));
    for (QuarantineRow q : model.quarantine()) {
      Row row = t.next();
      t.text(row, 0, q.file());
      t.integer(row, 1, q.line());
      t.text(row, 2, q.reason());
      t.text(row, 3, q.detail());
      t.text(row, 4, q.raw());
      t.text(row, 5, String.join("；", q.suggestions()));
    }
    t.finish();
  }
}
