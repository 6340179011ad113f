package cn.kczg.reports.html;

import java.util.List;

/**
 * Builds one HTML table. With {@link #sortable} its header cells sort the rows on click (the page's
 * script does it); numeric columns carry their raw value in {@code data-v} so "9" sorts before "10"
 * and "81.3%" by its fraction. Every text cell is escaped here; input text is also neutralized
 * against formulas, because people copy these tables into Excel.
 */
final class HtmlTable {
  private final StringBuilder html;

  private HtmlTable(StringBuilder html) {
    this.html = html;
  }

  /** Starts a sortable table; a header ending in {@code #} is numeric, e.g. {@code 机构数#}. */
  static HtmlTable sortable(StringBuilder html, String id, List<String> header) {
    return start(html, id, "sortable", header);
  }

  /** Starts a plain table. */
  static HtmlTable plain(StringBuilder html, String id, List<String> header) {
    return start(html, id, "plain", header);
  }

  private static HtmlTable start(StringBuilder html, String id, String kind, List<String> header) {
    html.append("<table id=\"")
        .append(HtmlText.escape(id))
        .append("\" class=\"")
        .append(kind)
        .append("\"><thead><tr>");
    for (String h : header) {
      boolean numeric = h.endsWith("#");
      String label = numeric ? h.substring(0, h.length() - 1) : h;
      html.append(numeric ? "<th class=\"num\">" : "<th>")
          .append(HtmlText.escape(label))
          .append("</th>");
    }
    html.append("</tr></thead><tbody>\n");
    return new HtmlTable(html);
  }

  /** Starts a row. */
  HtmlTable row() {
    html.append("<tr>");
    return this;
  }

  /**
   * Starts a row of one organization: the page's filter bar shows it only when its category and
   * channel match the chosen ones ({@code null}: not filtered by that).
   */
  HtmlTable row(String category, String channel) {
    html.append("<tr");
    attribute("data-cat", category);
    attribute("data-ch", channel);
    html.append('>');
    return this;
  }

  private void attribute(String name, String value) {
    if (value != null) {
      html.append(' ').append(name).append("=\"").append(HtmlText.escape(value)).append('"');
    }
  }

  /** A cell of HTML we built (already escaped); {@code css} may be null. */
  HtmlTable html(String escapedContent, String css) {
    return cell(css, null, escapedContent);
  }

  /** A cell of text from the inputs: neutralized and escaped. */
  HtmlTable input(String text) {
    return cell(null, null, HtmlText.input(text));
  }

  /** A cell of text we produced: escaped only; {@code css} may be null. */
  HtmlTable text(String text, String css) {
    return cell(css, null, HtmlText.escape(text));
  }

  /** A number cell showing {@code shown}, sorting by {@code value}; {@code css} may be null. */
  HtmlTable number(String shown, double value, String css) {
    String v = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    return cell(css == null ? "n" : "n " + css, v, HtmlText.escape(shown));
  }

  /** A whole number. */
  HtmlTable integer(long value) {
    return number(String.valueOf(value), value, null);
  }

  /** Ends a row. */
  HtmlTable end() {
    html.append("</tr>\n");
    return this;
  }

  /** Ends the table. */
  void close() {
    html.append("</tbody></table>\n");
  }

  private HtmlTable cell(String css, String sortValue, String escapedContent) {
    html.append("<td");
    if (css != null) {
      html.append(" class=\"").append(css).append('"');
    }
    if (sortValue != null) {
      html.append(" data-v=\"").append(sortValue).append('"');
    }
    html.append('>').append(escapedContent).append("</td>");
    return this;
  }
}
