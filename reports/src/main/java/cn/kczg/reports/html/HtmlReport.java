package cn.kczg.reports.html;

import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.Numbers;
import cn.kczg.reports.text.Shortfall;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.ShortlistEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code index.html}: headline figures per category, the shortlist, the channels and the
 * reserve, with the charts ({@code ranking.png}, {@code channels.png}, {@code trend.png} when
 * present) beside it in the folder.
 */
public final class HtmlReport {
  /** The file name inside an output folder. */
  public static final String FILE_NAME = "index.html";
  private static final String STYLE = "body{font-family:'Microsoft YaHei','PingFang SC','WenQuanYi Micro Hei',sans-serif;"
      + "margin:2em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px}"
      + "th{background:#D9E1F2}td.n{text-align:right}img{max-width:100%}";

  private HtmlReport() {}

  /** Writes the page into {@code dir} and returns its path. */
  public static Path write(ReportModel model, Path dir) {
    Path file = dir.resolve(FILE_NAME);
    try {
      Files.writeString(file, page(model), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ReportErrors.cannotWrite(file, e);
    }
    return file;
  }

  /** The page's HTML. */
  public static String page(ReportModel model) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
    String title = model.program().title() + " — 截至 " + model.asOf();
    h.append("<title>").append(HtmlText.escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n");
    h.append("<h1>").append(HtmlText.escape(title)).append("</h1>\n<p>").append(HtmlText.escape(model.program().notice()));
    h.append(model.previousAsOf() == null ? "" : "；排名变化对比 " + model.previousAsOf()).append("</p>\n");
    categories(h, model);
    image(h, model.progress().isEmpty() ? null : "ranking.png", "完成度排名");
    shortlist(h, model);
    channels(h, model);
    image(h, model.channels().isEmpty() ? null : "channels.png", "推荐渠道名额使用");
    reserve(h, model);
    image(h, model.weeklyTotals().isEmpty() ? null : "trend.png", "全市发布量周趋势");
    return h.append("</body></html>\n").toString();
  }

  private static void categories(StringBuilder h, ReportModel model) {
    table(h, "各类机构", List.of("机构类型", "机构数", "全部达标", "入选", "名额"));
    for (String category : model.categories()) {
      List<OrgProgress> orgs = model.progress().stream().filter(p -> category.equals(p.category())).toList();
      long shortlisted = model.shortlist().stream().filter(s -> s.category().equals(category)).count();
      row(h, List.of(HtmlText.input(category)), orgs.size(), orgs.stream().filter(OrgProgress::metAll).count(),
          shortlisted, model.program().quota(category));
    }
    h.append("</table>\n");
  }

  private static void shortlist(StringBuilder h, ReportModel model) {
    table(h, "推荐名单", List.of("机构类型", "机构名称", "推荐渠道", "类内排名", "完成度"));
    for (ShortlistEntry s : model.shortlist()) {
      row(h, List.of(HtmlText.input(s.category()), HtmlText.input(s.orgName()), HtmlText.input(s.channel())),
          s.rank(), Numbers.percent(s.completion()));
    }
    h.append("</table>\n");
  }

  private static void channels(StringBuilder h, ReportModel model) {
    table(h, "推荐渠道", List.of("推荐渠道", "名额", "达标机构", "入选", "接近达标", "未填"));
    for (ChannelFill c : model.channels()) {
      row(h, List.of(HtmlText.input(c.channel())), c.slots(), c.qualifying(), c.shortlisted(), c.nearQualifying(),
          c.unfilled());
    }
    h.append("</table>\n");
  }

  private static void reserve(StringBuilder h, ReportModel model) {
    table(h, "储备", List.of("机构类型", "机构名称", "推荐渠道", "尚缺", "完成度"));
    for (ReserveEntry r : model.reserve()) {
      row(h, List.of(HtmlText.input(r.category()), HtmlText.input(r.orgName()), HtmlText.input(r.channel()),
          HtmlText.escape(Shortfall.describe(r.missing()))), Numbers.percent(r.completion()));
    }
    h.append("</table>\n");
  }

  private static void table(StringBuilder h, String caption, List<String> header) {
    h.append("<h2>").append(HtmlText.escape(caption)).append("</h2>\n<table><tr>");
    header.forEach(c -> h.append("<th>").append(HtmlText.escape(c)).append("</th>"));
    h.append("</tr>\n");
  }

  /** A row of escaped text cells followed by values we computed, right-aligned. */
  private static void row(StringBuilder h, List<String> escapedText, Object... computed) {
    h.append("<tr>");
    escapedText.forEach(t -> h.append("<td>").append(t).append("</td>"));
    for (Object value : computed) {
      h.append("<td class=\"n\">").append(HtmlText.escape(String.valueOf(value))).append("</td>");
    }
    h.append("</tr>\n");
  }

  private static void image(StringBuilder h, String src, String alt) {
    if (src != null) {
      h.append("<p><img src=\"").append(HtmlText.escape(src)).append("\" alt=\"").append(HtmlText.escape(alt)).append("\"></p>\n");
    }
  }
}
