package cn.kczg.jobs.delivery;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One message to send.
 *
 * @param to recipients' addresses
 * @param subject the subject line
 * @param body plain-text body (UTF-8)
 * @param html the same body as HTML, or empty for a plain-text message
 * @param inline images the HTML shows, by content id ({@code chart-1} for {@code cid:chart-1})
 * @param attachments files attached, in order
 */
public record Mail(
    List<String> to,
    String subject,
    String body,
    String html,
    Map<String, Path> inline,
    List<Path> attachments) {
  public Mail {
    to = List.copyOf(to);
    html = html == null ? "" : html;
    inline = new LinkedHashMap<>(inline);
    attachments = List.copyOf(attachments);
  }

  /** A plain-text message. */
  public Mail(List<String> to, String subject, String body, List<Path> attachments) {
    this(to, subject, body, "", Map.of(), attachments);
  }
}
