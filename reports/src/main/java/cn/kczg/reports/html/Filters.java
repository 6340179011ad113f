package cn.kczg.reports.html;

import cn.kczg.reports.ReportModel;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.OrgProgress;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The filter bar at the top of the dashboard: a recommending channel, a category and a search box.
 * Every organization's row carries its category and channel ({@code data-cat}, {@code data-ch});
 * the page's script hides the rows that do not match the choice or do not contain the searched
 * text, in every table at once.
 */
final class Filters {
  private Filters() {}

  static void bar(StringBuilder h, ReportModel model) {
    Messages m = model.messages();
    h.append("<div id=\"filters\" class=\"filters\"><label>")
        .append(HtmlText.escape(m.text("html.filter.channel")))
        .append(" <select id=\"filter-channel\"><option value=\"\">")
        .append(HtmlText.escape(m.text("html.filter.all")))
        .append("</option>");
    options(h, channels(model));
    h.append("</select></label><label>")
        .append(HtmlText.escape(m.text("html.filter.category")))
        .append(" <select id=\"filter-category\"><option value=\"\">")
        .append(HtmlText.escape(m.text("html.filter.all")))
        .append("</option>");
    options(h, model.categories());
    h.append("</select></label><label>")
        .append(HtmlText.escape(m.text("html.filter.search")))
        .append(" <input id=\"filter-search\" type=\"search\" placeholder=\"")
        .append(HtmlText.escape(m.text("html.filter.placeholder")))
        .append("\"></label><span id=\"filter-count\"></span></div>\n");
  }

  private static List<String> channels(ReportModel model) {
    TreeSet<String> names = new TreeSet<>();
    model.channels().stream().map(ChannelFill::channel).forEach(names::add);
    model.progress().stream()
        .map(OrgProgress::channel)
        .filter(Objects::nonNull)
        .filter(c -> !c.isEmpty())
        .forEach(names::add);
    return List.copyOf(names);
  }

  private static void options(StringBuilder h, List<String> values) {
    for (String v : values) {
      String escaped = HtmlText.escape(v);
      h.append("<option value=\"")
          .append(escaped)
          .append("\">")
          .append(escaped)
          .append("</option>");
    }
  }
}
