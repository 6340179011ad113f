package cn.kczg.jobs.delivery;

import cn.kczg.reports.mail.WeeklyMail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mail a run wrote into a report folder ({@link WeeklyMail#write}: {@code mail/subject.txt},
 * {@code body.txt}, {@code body.html}, {@code charts.txt} and the PNGs beside {@code mail/}), read
 * back to be sent.
 */
final class MailFolder {
  private MailFolder() {}

  /** True when the folder holds a mail. */
  static boolean has(Path dir) {
    return Files.isRegularFile(dir.resolve(WeeklyMail.FOLDER).resolve(WeeklyMail.SUBJECT));
  }

  /** The mail of a folder to the given recipients, with the given attachments (missing skipped). */
  static Mail read(Path dir, List<String> to, List<Path> attachments) {
    Path mail = dir.resolve(WeeklyMail.FOLDER);
    Map<String, Path> inline = new LinkedHashMap<>();
    read(mail.resolve(WeeklyMail.CHARTS))
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .forEach(
            l -> {
              int space = l.indexOf(' ');
              Path png = dir.resolve(l.substring(space + 1));
              if (space > 0 && Files.isRegularFile(png)) {
                inline.put(l.substring(0, space), png);
              }
            });
    return new Mail(
        to,
        read(mail.resolve(WeeklyMail.SUBJECT)).strip(),
        read(mail.resolve(WeeklyMail.TEXT)),
        read(mail.resolve(WeeklyMail.HTML)),
        inline,
        attachments.stream().filter(Files::isRegularFile).toList());
  }

  private static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
