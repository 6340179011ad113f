package cn.kczg.reports.html;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.chart.ChartImage;
import cn.kczg.reports.chart.Charts;
import cn.kczg.reports.csv.SelectionCsv;
import cn.kczg.reports.summary.GroupFigures;
import cn.kczg.reports.text.Numbers;
import cn.kczg.reports.workbook.WeeklyWorkbook;
import cn.kczg.schemas.messages.Messages;
import java.util.List;

/** The dashboard's overview: summary tables per category and channel, the charts, the files. */
final class OverviewSections {
  private static final List<String> SUMMARY_KEYS =
      List.of(
          "name",
          "organizations#",
          "meeting_all#",
          "meeting_all_change#",
          "mean_completion#",
          "shortlisted#",
          "seats#",
          "unfilled#",
          "fill#");

  private OverviewSections() {}

  /** 各类机构 and 推荐渠道: organizations, meeting all, change since last week, shortlist fill. */
  static void summary(StringBuilder h, ReportModel model) {
    Messages m = model.messages();
    List<GroupFigures> figures = GroupFigures.of(model);
    h.append("<section id=\"summary\"><h2>")
        .append(HtmlText.escape(m.text("html.nav.summary")))
        .append("</h2><div class=\"side\"><div>");
    h.append("<h3>").append(HtmlText.escape(m.text("html.summary.categories"))).append("</h3>");
    groupTable(h, m, "summary-categories", figures, GroupFigures.CATEGORY);
    h.append("</div><div><h3>")
        .append(HtmlText.escape(m.text("html.summary.channels")))
        .append("</h3><div class=\"scroll\">");
    groupTable(h, m, "summary-channels", figures, GroupFigures.CHANNEL);
    h.append("</div></div></div></section>\n");
  }

  private static void groupTable(
      StringBuilder h, Messages m, String id, List<GroupFigures> figures, String group) {
    HtmlTable t = HtmlTable.sortable(h, id, headers(m, SUMMARY_KEYS));
    boolean category = group.equals(GroupFigures.CATEGORY);
    for (GroupFigures g : figures) {
      if (!g.group().equals(group)) {
        continue;
      }
      t.row(category ? g.name() : null, category ? null : g.name())
          .input(g.name())
          .integer(g.organizations())
          .integer(g.meetingAll());
      Integer change = g.change();
      String css = change == null || change == 0 ? null : change > 0 ? "up" : "down";
      t.number(
          change == null ? "" : (change > 0 ? "+" : "") + change, change == null ? 0 : change, css);
      t.number(Numbers.percent(g.meanCompletion()), g.meanCompletion(), null);
      t.integer(g.shortlisted()).integer(g.seats()).integer(g.unfilled());
      t.number(Numbers.percent(g.fill()), g.fill(), g.fill() >= 1 ? "met" : null).end();
    }
    t.close();
  }

  /** Every chart as its PNG beside the page, linking to the SVG for a sharp print. */
  static void charts(StringBuilder h, ReportModel model) {
    List<ChartImage> images = Charts.images(model);
    if (images.isEmpty()) {
      return;
    }
    Messages m = model.messages();
    h.append("<section id=\"charts\"><h2>")
        .append(HtmlText.escape(m.text("html.nav.charts")))
        .append("</h2><div class=\"cols\">\n");
    for (ChartImage image : images) {
      h.append("<figure><a href=\"")
          .append(HtmlText.href(image.svg()))
          .append("\"><img src=\"")
          .append(HtmlText.href(image.png()))
          .append("\" alt=\"")
          .append(HtmlText.escape(image.caption()))
          .append("\" width=\"")
          .append(image.width())
          .append("\" height=\"")
          .append(image.height())
          .append("\"></a><figcaption>")
          .append(HtmlText.escape(m.text("html.chart.caption", image.caption())))
          .append("</figcaption></figure>\n");
    }
    h.append("</div></section>\n");
  }

  /** The workbook, the CSV files and every official form. */
  static void files(StringBuilder h, ReportModel model, List<String> forms) {
    Messages m = model.messages();
    h.append("<section id=\"files\"><h2>")
        .append(HtmlText.escape(m.text("html.nav.files")))
        .append("</h2><p>");
    link(h, WeeklyWorkbook.FILE_NAME, m.text("html.workbook") + " " + WeeklyWorkbook.FILE_NAME);
    for (String csv : csvFiles(model)) {
      h.append(" · ");
      link(h, csv, csv);
    }
    h.append("</p>\n");
    if (!forms.isEmpty()) {
      h.append("<h3>")
          .append(HtmlText.escape(m.text("html.files.forms", forms.size())))
          .append("</h3><ul class=\"files\">\n");
      for (String form : forms) {
        h.append("<li>");
        link(h, form, form.substring(form.indexOf('/') + 1));
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</section>\n");
  }

  /** The CSV files the folder holds for this model. */
  static List<String> csvFiles(ReportModel model) {
    List<String> files =
        new java.util.ArrayList<>(
            List.of(
                "progress.csv",
                "shortlist.csv",
                "channels.csv",
                "reserve.csv",
                "quarantine.csv",
                SelectionCsv.RECOMMENDATIONS,
                SelectionCsv.NOT_SELECTED));
    if (!model.forecasts().isEmpty()) {
      files.add("forecast.csv");
    }
    if (!model.integrityFlags().isEmpty()) {
      files.add("integrity.csv");
    }
    return files;
  }

  /**
   * Column headings from {@code column.<key>}; a key ending in {@code #} is a numeric column, whose
   * heading keeps the {@code #} for {@link HtmlTable}.
   */
  static List<String> headers(Messages m, List<String> keys) {
    return keys.stream()
        .map(
            k ->
                k.endsWith("#")
                    ? m.text("column." + k.substring(0, k.length() - 1)) + "#"
                    : m.text("column." + k))
        .toList();
  }

  static void link(StringBuilder h, String path, String label) {
    h.append("<a href=\"")
        .append(HtmlText.href(path))
        .append("\">")
        .append(HtmlText.input(label))
        .append("</a>");
  }
}
