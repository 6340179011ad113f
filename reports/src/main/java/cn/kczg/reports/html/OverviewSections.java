package cn.kczg.reports.html;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.chart.ChartImage;
import cn.kczg.reports.chart.Charts;
import cn.kczg.reports.csv.SelectionCsv;
import cn.kczg.reports.summary.GroupFigures;
import cn.kczg.reports.text.Numbers;
import cn.kczg.reports.workbook.WeeklyWorkbook;
import java.util.List;

/** The dashboard's overview: summary tables per category and channel, the charts, the files. */
final class OverviewSections {
  private static final List<String> SUMMARY =
      List.of("名称", "机构数#", "全部达标#", "较上周#", "平均完成度#", "入选/推荐#", "名额#", "未填#", "名额使用率#");

  private OverviewSections() {}

  /** 各类机构 and 推荐渠道: organizations, meeting all, change since last week, shortlist fill. */
  static void summary(StringBuilder h, ReportModel model) {
    List<GroupFigures> figures = GroupFigures.of(model);
    h.append("<section id=\"summary\"><h2>概况</h2><div class=\"side\"><div>");
    h.append("<h3>各类机构</h3>");
    groupTable(h, "summary-categories", figures, GroupFigures.CATEGORY);
    h.append("</div><div><h3>推荐渠道</h3><div class=\"scroll\">");
    groupTable(h, "summary-channels", figures, GroupFigures.CHANNEL);
    h.append("</div></div></div></section>\n");
  }

  private static void groupTable(
      StringBuilder h, String id, List<GroupFigures> figures, String group) {
    HtmlTable t = HtmlTable.sortable(h, id, SUMMARY);
    for (GroupFigures g : figures) {
      if (!g.group().equals(group)) {
        continue;
      }
      t.row().input(g.name()).integer(g.organizations()).integer(g.meetingAll());
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
    h.append("<section id=\"charts\"><h2>图表</h2><div class=\"cols\">\n");
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
          .append(HtmlText.escape(image.caption()))
          .append("（点击查看矢量图）</figcaption></figure>\n");
    }
    h.append("</div></section>\n");
  }

  /** The workbook, the CSV files and every official form. */
  static void files(StringBuilder h, ReportModel model, List<String> forms) {
    h.append("<section id=\"files\"><h2>下载</h2><p>");
    link(h, WeeklyWorkbook.FILE_NAME, "周报工作簿 " + WeeklyWorkbook.FILE_NAME);
    for (String csv : csvFiles(model)) {
      h.append(" · ");
      link(h, csv, csv);
    }
    h.append("</p>\n");
    if (!forms.isEmpty()) {
      h.append("<h3>正式表格（")
          .append(forms.size())
          .append("份，含完整联系电话，仅供评审）</h3><ul class=\"files\">\n");
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
    return files;
  }

  static void link(StringBuilder h, String path, String label) {
    h.append("<a href=\"")
        .append(HtmlText.href(path))
        .append("\">")
        .append(HtmlText.input(label))
        .append("</a>");
  }
}
