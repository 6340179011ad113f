package cn.kczg.reports.forms;

import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.FileNames;
import cn.kczg.reports.workbook.XlsxFiles;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.ChannelList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Annex 3 of the notice, 推荐汇总表: for one recommending channel, its recommendation list (stage 1 of
 * the selection: up to its slots of its qualifying organizations, best first) with leader, contact
 * and phone (in full), one numbered row per slot, and a note when the list depends on a tie-break.
 * Written as {@code forms/推荐汇总表-<channel>.xlsx}.
 */
public final class RecommendationForm {
  private static final FormLabels CHINESE = FormLabels.of(Messages.of(Language.ZH));

  /** The form's title, as the notice names annex 3. */
  public static final String TITLE = CHINESE.annex3Title();

  /** The column headings of the notice. */
  public static final List<String> HEADER = CHINESE.annex3Header();

  private static final int[] WIDTHS = {8, 40, 12, 12, 18, 14};

  private RecommendationForm() {}

  /** Writes one form per channel list; returns the files. */
  public static List<Path> writeAll(ReportModel model, Path formsDir) {
    return model.channelLists().stream().map(l -> write(model, l, formsDir)).toList();
  }

  /** Writes the form of one channel's list. */
  public static Path write(ReportModel model, ChannelList list, Path formsDir) {
    Path file = formsDir.resolve("推荐汇总表-" + FileNames.safe(list.channel()) + ".xlsx");
    FormLabels labels = FormLabels.of(model.messages());
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      fill(new FormSheet(workbook, labels.annex3Sheet(), WIDTHS), labels, Annex3.of(model, list));
      return XlsxFiles.save(
          workbook, file, model.asOf(), labels.annex3Title() + " " + list.channel());
    } catch (IOException e) {
      throw ReportErrors.cannotWrite(file, e);
    }
  }

  private static void fill(FormSheet form, FormLabels labels, Annex3 annex) {
    List<String> header = labels.annex3Header();
    int last = header.size() - 1;
    form.text(0, 0, last, labels.annex3Title(), form.title, 40);
    form.text(1, 0, last, labels.sender() + annex.channel(), form.plain, 28);
    for (int c = 0; c <= last; c++) {
      form.text(2, c, c, header.get(c), form.label, 26);
    }
    int row = 3;
    for (List<String> cells : annex.rows()) {
      for (int c = 0; c <= last; c++) {
        form.text(
            row, c, c, cells.get(c), c == 1 ? form.boxed : form.boxedCentered, c == 0 ? 26 : 0);
      }
      row++;
    }
    if (!annex.note().isEmpty()) {
      form.text(row, 0, last, annex.note(), form.plain, 48);
    }
  }
}
