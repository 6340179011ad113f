package cn.kczg.reports.html;

import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.forms.OfficialForms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the dashboard {@code index.html}: one self-contained static page (inline style and script,
 * no request leaves the folder) with the summary per category and channel, the charts (the PNG
 * files beside it), sortable league tables, the shortlist and reserve, every channel's
 * recommendation list and the qualifying organizations not selected, the organizations at risk, the
 * channel league tables and links to the workbook, the CSV files and every form under {@code
 * forms/}. The same model and forms give the same bytes. Printed (A4), every table prints whole: no
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
    StringBuilder h =
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
    String title = model.program().title() + " — 截至 " + model.asOf();
    h.append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
    h.append("<title>")
        .append(HtmlText.escape(title))
        .append("</title><style>")
        .append(PageAssets.STYLE)
        .append("</style></head><body>\n");
    header(h, model, title);
    h.append("<main>\n");
    OverviewSections.summary(h, model);
    OverviewSections.charts(h, model);
    TableSections.shortlistAndReserve(h, model);
    SelectionSections.recommendations(h, model);
    SelectionSections.notSelected(h, model);
    TableSections.atRisk(h, model);
    TableSections.leagues(h, model);
    TableSections.channelLeagues(h, model);
    OverviewSections.files(h, model, forms);
    h.append("</main><footer>kczg-analytics · ")
        .append(HtmlText.escape(model.program().id()))
        .append(" · 截至 ")
        .append(model.asOf())
        .append("</footer>\n<script>")
        .append(PageAssets.SCRIPT)
        .append("</script></body></html>\n");
    return h.toString();
  }

  private static void header(StringBuilder h, ReportModel model, String title) {
    h.append("<header><h1>")
        .append(HtmlText.escape(title))
        .append("</h1><p>")
        .append(HtmlText.escape(model.program().notice()));
    h.append(model.previousAsOf() == null ? "" : " · 变化对比 " + model.previousAsOf())
        .append("</p><nav>");
    String[][] anchors = {
      {"#summary", "概况"},
      {"#charts", "图表"},
      {"#shortlist", "推荐名单"},
      {"#recommendations", "各渠道推荐"},
      {"#not-selected", "达标未入选"},
      {"#risk", "风险"},
      {"#leagues", "排名"},
      {"#files", "下载"}
    };
    for (String[] a : anchors) {
      h.append("<a href=\"").append(a[0]).append("\">").append(a[1]).append("</a>");
    }
    OverviewSections.link(h, "weekly-report.xlsx", "周报工作簿");
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
