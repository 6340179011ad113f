package cn.kczg.reports.workbook;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.summary.AsOfNote;
import cn.kczg.reports.summary.GroupFigures;
import cn.kczg.schemas.messages.Messages;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 汇总 sheet: per category, then per recommending channel, how many organizations there are, how
 * many meet every target now and how that changed since the previous as-of, the mean completion,
 * and how many are shortlisted against the quota or slots. The as-of dates and the days left to the
 * deadline follow below the table.
 */
final class SummarySheet {
  private SummarySheet() {}

  static void write(Sheet sheet, Styles styles, ReportModel model) {
    Messages m = model.messages();
    SheetTable t =
        new SheetTable(
            sheet,
            styles,
            SheetTable.labels(
                m,
                "group",
                "name",
                "organizations",
                "meeting_all",
                "meeting_all_before",
                "meeting_all_change",
                "mean_completion",
                "mean_completion_change",
                "shortlisted",
                "seats",
                "unfilled",
                "fill"));
    for (GroupFigures g : GroupFigures.of(model)) {
      line(t, styles, m, g);
    }
    t.finish();
    Row note = sheet.createRow(t.lastRow() + 2);
    t.text(note, 0, AsOfNote.of(model), styles.text);
  }

  private static void line(SheetTable t, Styles s, Messages m, GroupFigures g) {
    Row row = t.next();
    t.text(row, 0, m.text("group." + g.group()));
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
