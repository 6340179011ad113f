package cn.kczg.reports.mail;

import cn.kczg.reports.chart.ChartImage;
import cn.kczg.reports.text.SharedText;
import cn.kczg.schemas.messages.Messages;
import java.util.List;

/**
 * A mail body built twice at once, as plain text and as simple HTML (inline styles only, since mail
 * programs drop style sheets). Every text is a shared text: phones masked, HTML escaped.
 */
final class MailText {
  private static final String FONT =
      "font-family:'Microsoft YaHei','PingFang SC','Noto Sans CJK SC',sans-serif;font-size:14px";

  private final Messages messages;
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder html =
      new StringBuilder(
              "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body style=\"")
          .append(FONT)
          .append(";color:#222\">\n");

  MailText(Messages messages) {
    this.messages = messages;
  }

  void paragraph(String line) {
    text.append(SharedText.of(line)).append("\n\n");
    html.append("<p>").append(escape(line)).append("</p>\n");
  }

  void list(String heading, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    text.append(SharedText.of(heading)).append('\n');
    html.append("<p style=\"margin-bottom:2px\"><b>")
        .append(escape(heading))
        .append("</b></p><ul style=\"margin-top:2px\">\n");
    for (String line : lines) {
      text.append("- ").append(SharedText.of(line)).append('\n');
      html.append("<li>").append(escape(line)).append("</li>\n");
    }
    text.append('\n');
    html.append("</ul>\n");
  }

  /** The charts: inline images in HTML, their captions in the text. */
  void charts(List<ChartImage> charts) {
    if (charts.isEmpty()) {
      return;
    }
    text.append(SharedText.of(messages.text("mail.charts"))).append('\n');
    int index = 0;
    for (ChartImage image : charts) {
      text.append("- ").append(SharedText.of(image.caption())).append('\n');
      html.append("<p><b>")
          .append(escape(image.caption()))
          .append("</b><br><img src=\"cid:")
          .append(WeeklyMail.contentId(++index))
          .append("\" alt=\"")
          .append(escape(image.caption()))
          .append("\" width=\"")
          .append(Math.min(760, image.width()))
          .append("\" style=\"max-width:100%;height:auto\"></p>\n");
    }
    text.append('\n');
  }

  String text() {
    return text.toString();
  }

  String html() {
    return html + "</body></html>\n";
  }

  private static String escape(String raw) {
    return SharedText.of(raw)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
