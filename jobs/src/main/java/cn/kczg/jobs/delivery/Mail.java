package cn.kczg.jobs.delivery;

import java.nio.file.Path;
import java.util.List;

/**
 * One message to send.
 *
 * @param to recipients' addresses
 * @param subject the subject line
 * @param body plain-text body (UTF-8)
 * @param attachments files attached, in order
 */
public record Mail(List<String> to, String subject, String body, List<Path> attachments) {
  public Mail {
    to = List.copyOf(to);
    attachments = List.copyOf(attachments);
  }
}
