package cn.kczg.reports.workbook;

import cn.kczg.reports.IntegrityFlag;
import cn.kczg.reports.ReportModel;
import cn.kczg.schemas.messages.Messages;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 诚信提示 sheet: one row per integrity flag, with its sentence, evidence and where its
 * organization's activity chart is (a file of the output folder, or the command that draws it).
 */
final class IntegritySheet {
  private IntegritySheet() {}

  /** Writes the flags (the sheet has only its header when there are none). */
  static void write(Sheet sheet, Styles styles, ReportModel model) {
    Messages m = model.messages();
    SheetTable t =
        new SheetTable(
            sheet,
            styles,
            SheetTable.labels(m, "subject", "org_name", "check", "detail", "evidence", "chart"));
    for (IntegrityFlag f : model.integrityFlags()) {
      Row row = t.next();
      t.text(row, 0, f.subject());
      t.text(row, 1, f.orgName());
      t.text(row, 2, IntegrityFlag.checkName(m, f.check()));
      t.text(row, 3, f.detail());
      t.text(row, 4, f.evidence());
      t.text(row, 5, f.chart());
    }
    t.finish();
  }
}
