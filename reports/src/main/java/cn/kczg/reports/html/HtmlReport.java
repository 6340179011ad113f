package cn.kczg.reports.html;

import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.forms.OfficialForms;
import cn.kczg.reports.summary.AsOfNote;
import cn.kczg.schemas.messages.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the dashboard {@code index.html} in the model's language: one self-contained static page
 * (inline style and script, no request leaves the folder) that opens with the week's decisions (the
 * figures that changed, who is at risk and how much each lacks, the days to the deadline), then the
 * summary per category and channel, the charts (the PNG files beside it), the shortlist and
 * reserve, every channel's recommendation list and the qualifying organizations not selected, the
 * organizations at risk (fewest items short first), the integrity flags with their sentence and
 * activity chart, the quarantine grouped by problem with the organization and target each row
 * blocks, sortable league tables, and links to the workbook, the CSV files and every form under
 * {@code forms/}. A filter bar (channel, category, search) narrows every table to the rows that
 * match. The same model and forms give the same bytes. Printed (A4), every table prints whole: no
 * scroll boxes, folded sections open, header rows repeated, each section on a new page.
 */
public final class HtmlReport {
  /** The file name inside an output folder. */
  public static final String FILE_NAME = "index.html";

  private HtmlReport() {}

  /**
   * Writes the page into {@code dir}, linking the forms already in {@code dir/forms}; returns its
   * path.
   */
  public static Path write(ReportModel model, Path dir) {
    Path file = dir.resolve(FILE_NAME);
    try {
      Files.writeString(file, page(model, forms(dir)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ReportErrors.cannotWrite(file, e);
    }
    return file;
  }

  /** The page's HTML without form links. */
  public static String page(ReportModel model) {
    return page(model, List.of());
  }

  /** The page's HTML; {@code forms} are paths relative to the folder, e.g. {@code forms/x.xlsx}. */
  public static String page(ReportModel model, List<String> forms) {
    Messages m = model.messages();
    StringBuilder h =
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
            .append(model.language().htmlLang())
            .append("\"><head><meta charset=\"utf-8\">");
    String title = m.text("html.title", model.program().title(), m.date(model.asOf()));
    h.append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
    h.append("<title>")
        .append(HtmlText.escape(title))
        .append("</title><style>")
        .append(PageAssets.STYLE)
        .append("</style></head><body>\n");
    header(h, model, title);
    h.append("<main>\n");
    Filters.bar(h, model);
    DecisionSections.week(h, model);
    TableSections.atRisk(h, model);
    DecisionSections.integrity(h, model);
    DecisionSections.quarantine(h, model);
    OverviewSections.summary(h, model);
    OverviewSections.charts(h, model);
    TableSections.shortlistAndReserve(h, model);
    SelectionSections.recommendations(h, model);
    SelectionSections.notSelected(h, model);
    TableSections.leagues(h, model);
    TableSections.channelLeagues(h, model);
    OverviewSections.files(h, model, forms);
    h.append("</main><footer>kczg-analytics · ")
        .append(HtmlText.escape(model.program().id()))
        .append(" · ")
        .append(HtmlText.escape(m.text("asof.date", m.date(model.asOf()))))
        .append("</footer>\n<script>")
        .append(PageAssets.script(m))
        .append("</script></body></html>\n");
    return h.toString();
  }

  private static void header(StringBuilder h, ReportModel model, String title) {
    Messages m = model.messages();
    h.append("<header><h1>")
        .append(HtmlText.escape(title))
        .append("</h1><p>")
        .append(HtmlText.escape(model.program().notice()))
        .append("</p><p>")
        .append(HtmlText.escape(AsOfNote.of(model)))
        .append("</p><nav>");
    for (String anchor :
        List.of(
            "week",
            "risk",
            "integrity",
            "quarantine",
            "summary",
            "charts",
            "shortlist",
            "recommendations",
            "not-selected",
            "leagues",
            "files")) {
      h.append("<a href=\"#")
          .append(anchor)
          .append("\">")
          .append(HtmlText.escape(m.text("html.nav." + anchor)))
          .append("</a>");
    }
    OverviewSections.link(h, "weekly-report.xlsx", m.text("html.workbook"));
    h.append("</nav></header>\n");
  }

  /** The forms in {@code dir/forms}, as sorted relative paths. */
  private static List<String> forms(Path dir) throws IOException {
    Path forms = dir.resolve(OfficialForms.FOLDER);
    if (!Files.isDirectory(forms)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(forms)) {
      return files
          .map(p -> OfficialForms.FOLDER + "/" + p.getFileName())
          .filter(n -> n.endsWith(".xlsx") || n.endsWith(".pdf"))
          .sorted()
          .toList();
    }
  }
}
