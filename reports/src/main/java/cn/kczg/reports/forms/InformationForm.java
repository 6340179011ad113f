package cn.kczg.reports.forms;

import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.WorkSentence;
import cn.kczg.reports.workbook.XlsxFiles;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ShortlistEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Annex 2 of the notice, 信息采集表: one per organization a channel recommends (stage 1), with the
 * notice's labels, the registry's fields (职务(职称), 简介, 科协 officers where it has them) and the work
 * sentence from the counts ("截至2022年7月11日，发布专家12人，…"). Written as {@code
 * forms/信息采集表-<机构名称>-<org_id>.xlsx}; the unit's opinion and stamp stay blank.
 */
public final class InformationForm {
  private static final FormLabels CHINESE = FormLabels.of(Messages.of(Language.ZH));

  /** The form's title, as the notice names annex 2. */
  public static final String TITLE = CHINESE.annex2Title();

  /** The label of the work row, as the notice prints it. */
  public static final String WORK_LABEL = CHINESE.workLabel();

  /** Every label the form prints, in order (the notice's words). */
  public static final List<String> LABELS = CHINESE.annex2Labels();

  private static final int[] WIDTHS = {24, 30, 20, 30};

  private InformationForm() {}

  /**
   * Writes one form per recommended organization, in parallel (each is its own workbook, about a
   * hundred and fifty a run); returns the files in list order.
   */
  public static List<Path> writeAll(ReportModel model, Path formsDir) {
    return recommended(model).parallelStream().map(e -> write(model, e, formsDir)).toList();
  }

  /** Every organization any channel recommends, once each, in channel then list order. */
  static List<ShortlistEntry> recommended(ReportModel model) {
    Map<String, ShortlistEntry> out = new LinkedHashMap<>();
    model.channelLists().forEach(l -> l.recommended().forEach(e -> out.putIfAbsent(e.orgId(), e)));
    return List.copyOf(out.values());
  }

  /** Writes the form of one recommended organization. */
  public static Path write(ReportModel model, ShortlistEntry entry, Path formsDir) {
    Annex2 form = Annex2.of(model, entry);
    FormLabels labels = FormLabels.of(model.messages());
    Path file = formsDir.resolve(form.fileStem() + ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      fill(new FormSheet(workbook, labels.annex2Sheet(), WIDTHS), labels, form);
      return XlsxFiles.save(
          workbook, file, model.asOf(), labels.annex2Title() + " " + entry.orgName());
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
    return WorkSentence.of(model.messages(), model.asOf(), counts);
  }

  private static void fill(FormSheet f, FormLabels l, Annex2 form) {
    f.text(0, 0, 3, l.annex2Title(), f.title, 48);
    pair(f, 1, l.org(), form.orgName(), 30);
    f.text(2, 0, 0, l.leader(), f.label, 30);
    f.text(2, 1, 1, form.leader(), f.boxedCentered, 0);
    f.text(2, 2, 2, l.leaderTitle(), f.label, 0);
    f.text(2, 3, 3, form.leaderTitle(), f.boxedCentered, 0);
    f.text(3, 0, 0, l.joined(), f.label, 36);
    f.text(3, 1, 1, form.joined(), f.boxedCentered, 0);
    f.text(3, 2, 2, l.contact(), f.label, 0);
    f.text(3, 3, 3, form.contact(), f.boxedCentered, 0);
    pair(f, 4, l.introduction(), form.introduction(), 120);
    pair(f, 5, l.workLabel(), form.work(), 90);
    pair(f, 6, l.association(), form.association(), 90);
    f.text(7, 0, 0, l.opinion(), f.label, 110);
    f.text(7, 1, 3, "\n\n\n" + l.stamp(), f.boxedRight, 0);
  }

  private static void pair(FormSheet f, int row, String label, String value, float height) {
    f.text(row, 0, 0, label, f.label, height);
    f.text(row, 1, 3, value, f.boxed, 0);
  }
}
