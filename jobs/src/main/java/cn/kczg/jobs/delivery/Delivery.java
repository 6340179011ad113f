package cn.kczg.jobs.delivery;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Files each report in the {@link Outbox} and, when mail is enabled, emails it: the workbook
 * attached, the Chinese summary as the body. A send is tried {@code attempts} times per pass,
 * waiting {@code backoff}, then twice that, and so on; when every try fails the report stays in the
 * outbox marked unsent, the failure is logged, and {@link #retryUnsent()} (run by later passes)
 * tries again once {@code retryAfter} has passed since the last try.
 */
public final class Delivery {
  /** Waits between tries; tests pass one that only records the wait. */
  public interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final Outbox outbox;
  private final MailSettings settings;
  private final Mailer mailer;
  private final Clock clock;
  private final Pause pause;
  private final Consumer<String> log;

  public Delivery(
      Outbox outbox,
      MailSettings settings,
      Mailer mailer,
      Clock clock,
      Pause pause,
      Consumer<String> log) {
    this.outbox = requireNonNull(outbox, "outbox is null");
    this.settings = requireNonNull(settings, "settings is null");
    this.mailer = requireNonNull(mailer, "mailer is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.pause = requireNonNull(pause, "pause is null");
    this.log = requireNonNull(log, "log is null");
  }

  /** Delivery over SMTP with real waits and the system clock. */
  public static Delivery smtp(Outbox outbox, MailSettings settings, Consumer<String> log) {
    return new Delivery(
        outbox,
        settings,
        new SmtpMailer(settings),
        Clock.systemUTC(),
        d -> Thread.sleep(d.toMillis()),
        log);
  }

  /**
   * Files a report in the outbox, then mails it when mail is enabled; returns its outbox folder.
   */
  public Path deliver(Report report) {
    Path folder = file(report);
    send(folder);
    return folder;
  }

  /**
   * Files a report in the outbox (marked unsent when mail is enabled); returns its outbox folder.
   */
  public Path file(Report report) {
    Path folder = outbox.file(report, settings.enabled());
    log.accept("delivery: " + report.program() + " week " + report.asOf() + " filed in " + folder);
    return folder;
  }

  /**
   * Mails the unsent reports whose last try is at least {@code retryAfter} old; returns how many
   * went out.
   */
  public int retryUnsent() {
    if (!settings.enabled()) {
      return 0;
    }
    int sent = 0;
    for (Path folder : outbox.unsent()) {
      Instant last = outbox.status(folder).lastAttempt();
      if (last == null || !last.plus(settings.retryAfter()).isAfter(clock.instant())) {
        sent += send(folder) ? 1 : 0;
      }
    }
    return sent;
  }

  /**
   * Tries to mail one outbox folder, with backoff between tries, and records the outcome beside it;
   * false when it stays unsent (or mail is off).
   */
  public boolean send(Path folder) {
    if (!settings.enabled()) {
      return false;
    }
    Report report = outbox.report(folder);
    Mail mail = mail(report);
    String error = "";
    int tried = 0;
    for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
      tried = attempt;
      try {
        mailer.send(mail);
        outbox.record(folder, outbox.status(folder).sent(attempt, clock.instant()));
        log.accept(
            "delivery: mailed "
                + report.program()
                + " week "
                + report.asOf()
                + " to "
                + String.join(", ", mail.to()));
        return true;
      } catch (Mailer.MailFailure e) {
        error = e.getMessage();
        log.accept("delivery: try " + attempt + " of " + settings.attempts() + " failed: " + error);
        if (attempt < settings.attempts() && !waitBefore(attempt + 1)) {
          break;
        }
      }
    }
    outbox.record(folder, outbox.status(folder).failed(tried, clock.instant(), error));
    log.accept(
        "delivery: "
            + report.program()
            + " week "
            + report.asOf()
            + " left unsent in "
            + folder
            + "; a later pass tries again (after "
            + settings.retryAfter().toMinutes()
            + " min)");
    return false;
  }

  private boolean waitBefore(int attempt) {
    try {
      pause.sleep(settings.backoff().multipliedBy(1L << (attempt - 2)));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The files of a report folder to attach: those whose names match {@code mail.attachments} (names
   * or globs, e.g. {@code *.xlsx}, the program's workbook), in the order of the patterns, then by
   * name; forms and charts in subfolders are never attached.
   */
  List<Path> attachments(Path folder) {
    java.util.Set<Path> out = new java.util.LinkedHashSet<>();
    for (String pattern : settings.attachments()) {
      java.nio.file.PathMatcher matcher =
          java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      try (java.util.stream.Stream<Path> files = Files.list(folder)) {
        files
            .filter(Files::isRegularFile)
            .filter(f -> matcher.matches(f.getFileName()))
            .sorted()
            .forEach(out::add);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The message for a report: subject with title and week, the summary as body, the workbook
   * attached.
   */
  Mail mail(Report report) {
    String subject = "【周报】" + report.title() + "（截至" + ReportSummary.date(report.asOf()) + "）";
    List<Path> files = attachments(report.folder());
    String body =
        report.summary()
            + "\n"
            + (files.isEmpty()
                ? ""
                : "附件："
                    + String.join("、", files.stream().map(f -> f.getFileName().toString()).toList())
                    + "。")
            + "完整报告见发件箱文件夹 "
            + report.folder().toAbsolutePath()
            + "\n\n（本邮件由 kczg serve 自动发送）\n";
    return new Mail(settings.to(), subject, body, files);
  }
}
