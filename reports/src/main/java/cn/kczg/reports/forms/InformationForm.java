package cn.kczg.reports.forms;

import cn.kczg.reports.OrgContact;
import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.FileNames;
import cn.kczg.reports.text.WorkSentence;
import cn.kczg.reports.workbook.XlsxFiles;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ShortlistEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Annex 2 of the notice, 信息采集表: one per shortlisted organization, with the notice's labels, the
 * registry's people fields and the work sentence from the counts ("截至2022年7月11日，发布专家12人，…").
 * Written as {@code forms/信息采集表-<org_id>.xlsx}; the unit's opinion and stamp stay blank.
 */
public final class InformationForm {
  /** The form's title, as the notice names annex 2. */
  public static final String TITLE = "衡阳市“科创中国”试点城市建设样板间建设示范单位信息采集表";

  /** The label of the work row, as the notice prints it. */
  public static final String WORK_LABEL = "衡阳市“科创中国”试点城市样板间建设工作情况(200字以内)";

  private static final int[] WIDTHS = {24, 30, 20, 30};

  private InformationForm() {}

  /**
   * Writes one form per shortlisted organization, in parallel (each is its own workbook, about a
   * hundred a run); returns the files in shortlist order.
   */
  public static List<Path> writeAll(ReportModel model, Path formsDir) {
    return model.shortlist().parallelStream().map(e -> write(model, e, formsDir)).toList();
  }

  /** Writes the form of one shortlisted organization. */
  public static Path write(ReportModel model, ShortlistEntry entry, Path formsDir) {
    Path file = formsDir.resolve("信息采集表-" + FileNames.safe(entry.orgId()) + ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      fill(new FormSheet(workbook, "信息采集表", WIDTHS), model, entry);
      return XlsxFiles.save(workbook, file, model.asOf(), TITLE + " " + entry.orgName());
    } catch (IOException e) {
      throw ReportErrors.cannotWrite(file, e);
    }
  }

  /** The work sentence for an organization as of the model's date. */
  public static String workSentence(ReportModel model, String orgId) {
    IndicatorCounts counts =
        model.progress().stream()
            .filter(p -> p.orgId().equals(orgId))
            .map(OrgProgress::counts)
            .findFirst()
            .orElse(IndicatorCounts.zero());
    return WorkSentence.of(model.asOf(), counts);
  }

  private static void fill(FormSheet f, ReportModel model, ShortlistEntry entry) {
    OrgContact c = model.contact(entry.orgId());
    f.text(0, 0, 3, TITLE, f.title, 48);
    pair(f, 1, "参评单位", entry.orgName(), 30);
    f.text(2, 0, 0, "负责人姓名", f.label, 30);
    f.text(2, 1, 1, c.leader(), f.boxedCentered, 0);
    f.text(2, 2, 2, "职务(职称)", f.label, 0);
    f.text(2, 3, 3, c.leaderTitle(), f.boxedCentered, 0);
    f.text(3, 0, 0, "入驻“科创中国”时间", f.label, 36);
    f.text(3, 1, 1, date(c.joinedOn()), f.boxedCentered, 0);
    f.text(3, 2, 2, "联系人及联系电话", f.label, 0);
    f.text(3, 3, 3, (c.contactName() + " " + c.phone()).strip(), f.boxedCentered, 0);
    pair(f, 4, "简介", c.introduction(), 120);
    pair(f, 5, WORK_LABEL, workSentence(model, entry.orgId()), 90);
    pair(f, 6, "成立科协组织情况", association(c), 72);
    f.text(7, 0, 0, "所在单位意见", f.label, 110);
    f.text(7, 1, 3, "\n\n\n（盖章）\n年    月    日    ", f.boxedRight, 0);
  }

  private static void pair(FormSheet f, int row, String label, String value, float height) {
    f.text(row, 0, 0, label, f.label, height);
    f.text(row, 1, 3, value, f.boxed, 0);
  }

  private static String association(OrgContact c) {
    String founded =
        c.associationFounded() == null
            ? ""
            : WorkSentence.chineseDate(c.associationFounded()) + "成立科协";
    String officers = c.associationOfficers();
    return founded.isEmpty() || officers.isEmpty() ? founded + officers : founded + "，" + officers;
  }

  private static String date(LocalDate d) {
    return d == null ? "" : WorkSentence.chineseDate(d);
  }
}
