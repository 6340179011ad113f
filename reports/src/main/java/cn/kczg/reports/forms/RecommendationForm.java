package cn.kczg.reports.forms;

import cn.kczg.reports.OrgContact;
import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.FileNames;
import cn.kczg.reports.workbook.XlsxFiles;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.ShortlistEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Annex 3 of the notice, 推荐汇总表: for one recommending channel, its shortlisted organizations with
 * leader, contact and phone (in full), one numbered row per slot, never more rows than the channel
 * has slots. Written as {@code forms/推荐汇总表-<channel>.xlsx}.
 */
public final class RecommendationForm {
  /** The form's title, as the notice names annex 3. */
  public static final String TITLE = "衡阳市“科创中国”试点城市建设样板间建设示范单位推荐汇总表";

  /** The column headings of the notice. */
  public static final List<String> HEADER = List.of("序号", "参评单位名称", "负责人", "联系人", "联系电话", "备注");

  private static final int[] WIDTHS = {8, 40, 12, 12, 18, 14};

  private RecommendationForm() {}

  /** Writes one form per channel that has slots or shortlisted organizations; returns the files. */
  public static List<Path> writeAll(ReportModel model, Path formsDir) {
    List<Path> files = new ArrayList<>();
    channelSlots(model)
        .forEach((channel, slots) -> files.add(write(model, channel, slots, formsDir)));
    return files;
  }

  /** Writes the form of one channel with at most {@code slots} rows. */
  public static Path write(ReportModel model, String channel, int slots, Path formsDir) {
    Path file = formsDir.resolve("推荐汇总表-" + FileNames.safe(channel) + ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      fill(new FormSheet(workbook, "推荐汇总表", WIDTHS), model, channel, slots);
      return XlsxFiles.save(workbook, file, model.asOf(), TITLE + " " + channel);
    } catch (IOException e) {
      throw ReportErrors.cannotWrite(file, e);
    }
  }

  private static void fill(FormSheet form, ReportModel model, String channel, int slots) {
    int last = HEADER.size() - 1;
    form.text(0, 0, last, TITLE, form.title, 40);
    form.text(1, 0, last, "推荐单位（盖章）: " + channel, form.plain, 28);
    for (int c = 0; c <= last; c++) {
      form.text(2, c, c, HEADER.get(c), form.label, 26);
    }
    List<ShortlistEntry> entries =
        model.shortlist().stream().filter(s -> channel.equals(s.channel())).limit(slots).toList();
    for (int i = 0; i < slots; i++) {
      int row = 3 + i;
      form.text(row, 0, 0, String.valueOf(i + 1), form.boxedCentered, 26);
      OrgContact c = i < entries.size() ? model.contact(entries.get(i).orgId()) : null;
      form.text(row, 1, 1, c == null ? "" : entries.get(i).orgName(), form.boxed, 0);
      form.text(row, 2, 2, c == null ? "" : c.leader(), form.boxedCentered, 0);
      form.text(row, 3, 3, c == null ? "" : c.contactName(), form.boxedCentered, 0);
      form.text(row, 4, 4, c == null ? "" : c.phone(), form.boxedCentered, 0);
      form.text(row, 5, 5, "", form.boxed, 0);
    }
  }

  /** Each channel's slots: from its fill row, else as many as it has on the shortlist. */
  static Map<String, Integer> channelSlots(ReportModel model) {
    Map<String, Integer> slots = new LinkedHashMap<>();
    for (ChannelFill fill : model.channels()) {
      slots.put(fill.channel(), fill.slots());
    }
    for (ShortlistEntry s : model.shortlist()) {
      if (!slots.containsKey(s.channel())) {
        slots.put(
            s.channel(),
            (int) model.shortlist().stream().filter(x -> x.channel().equals(s.channel())).count());
      }
    }
    slots.values().removeIf(n -> n <= 0);
    return slots;
  }
}
