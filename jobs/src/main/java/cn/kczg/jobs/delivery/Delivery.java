package cn.kczg.jobs.delivery;

import static java.util.Objects.requireNonNull;

import cn.kczg.reports.ChannelReports;
import cn.kczg.reports.forms.OfficialForms;
import cn.kczg.reports.forms.PrintedForms;
import cn.kczg.reports.text.FileNames;
import cn.kczg.reports.workbook.WeeklyWorkbook;
import cn.kczg.schemas.messages.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Files each report in the {@link Outbox} and, when mail is enabled, emails it: to the city's
 * recipients the mail the run wrote (key figures, change since last week, at-risk count, days to
 * the deadline, charts inline) with the workbook attached, and to each channel's recipients its own
 * mail, workbook and printed forms. A send is tried {@code attempts} times per pass, waiting {@code
 * backoff}, then twice that, and so on; when every try fails the report stays in the outbox marked
 * unsent, the failure is logged, and {@link #retryUnsent()} (run by later passes) tries again once
 * {@code retryAfter} has passed since the last try.
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
   * false when it stays unsent (or mail is off). A report goes out as one mail to the city's
   * recipients and one per channel with recipients ({@code mail.channels}), each with only that
   * channel's organizations; a retry sends only the mails not sent yet.
   */
  public boolean send(Path folder) {
    if (!settings.enabled()) {
      return false;
    }
    Report report = outbox.report(folder);
    List<String> sent = new ArrayList<>(outbox.status(folder).sentMails());
    String error = "";
    int tried = 0;
    for (Outgoing out : outgoing(report)) {
      if (sent.contains(out.key())) {
        continue;
      }
      Attempt attempt = trySend(out.mail());
      tried += attempt.tries();
      if (attempt.error() != null) {
        error = attempt.error();
        break;
      }
      sent.add(out.key());
      log.accept(
          "delivery: mailed "
              + report.program()
              + " week "
              + report.asOf()
              + (out.key().equals(CITY) ? "" : " (" + out.key() + ")")
              + " to "
              + String.join(", ", out.mail().to()));
    }
    DeliveryStatus status = outbox.status(folder);
    if (error.isEmpty()) {
      outbox.record(folder, status.sent(tried, clock.instant(), sent));
      return true;
    }
    outbox.record(folder, status.failed(tried, clock.instant(), error, sent));
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

  /**
   * Sends one message to check the settings ({@code kczg serve --test-mail}): to every recipient
   * the config names, saying which reports each gets.
   *
   * @throws Mailer.MailFailure when the server refused it
   */
  public void sendTest() throws Mailer.MailFailure {
    Messages m = Messages.current();
    List<String> channels = new ArrayList<>();
    settings
        .channels()
        .forEach((c, to) -> channels.add(m.text("mail.test.channel", c, String.join(", ", to))));
    String body =
        m.text(
            "mail.test.body",
            settings.host(),
            settings.port(),
            settings.security(),
            settings.from(),
            String.join(", ", settings.to()),
            channels.isEmpty() ? m.text("mail.test.no_channels") : String.join("\n", channels));
    mailer.send(new Mail(settings.everyRecipient(), m.text("mail.test.subject"), body, List.of()));
  }

  /** The result of trying one mail up to {@code attempts} times: tries made, error or null. */
  private record Attempt(int tries, String error) {}

  private Attempt trySend(Mail mail) {
    String error = null;
    for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
      try {
        mailer.send(mail);
        return new Attempt(attempt, null);
      } catch (Mailer.MailFailure e) {
        error = e.getMessage();
        log.accept("delivery: try " + attempt + " of " + settings.attempts() + " failed: " + error);
        if (attempt < settings.attempts() && !waitBefore(attempt + 1)) {
          return new Attempt(attempt, error);
        }
      }
    }
    return new Attempt(settings.attempts(), error);
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

  /** The key of the city-wide mail in {@link DeliveryStatus#sentMails()}. */
  static final String CITY = "city";

  /** One mail of a report and the key its sending is recorded by. */
  record Outgoing(String key, Mail mail) {}

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
   * The mails of a report: the city's, then one per channel with recipients whose report the run
   * wrote ({@link ChannelReports}), with its own workbook and its printed forms attached.
   */
  List<Outgoing> outgoing(Report report) {
    List<Outgoing> out = new ArrayList<>();
    out.add(new Outgoing(CITY, mail(report)));
    settings
        .channels()
        .forEach(
            (channel, to) -> {
              Path dir = ChannelReports.folder(report.folder(), channel);
              if (!to.isEmpty() && MailFolder.has(dir)) {
                List<Path> files =
                    List.of(
                        dir.resolve(WeeklyWorkbook.FILE_NAME),
                        report
                            .folder()
                            .resolve(OfficialForms.FOLDER)
                            .resolve(PrintedForms.PREFIX + FileNames.safe(channel) + ".pdf"));
                out.add(new Outgoing(channel, MailFolder.read(dir, to, files)));
              }
            });
    return out;
  }

  /**
   * The city's message for a report: the mail the run wrote into its folder (subject, text and HTML
   * body, charts inline), or, for a folder without one, the title and week as subject and the
   * summary as body; the configured attachments of the folder attached.
   */
  Mail mail(Report report) {
    List<Path> files = attachments(report.folder());
    if (MailFolder.has(report.folder())) {
      return MailFolder.read(report.folder(), settings.to(), files);
    }
    Messages m = Messages.current();
    String subject = m.text("mail.subject", report.title(), m.date(report.asOf()));
    String attached =
        files.isEmpty()
            ? ""
            : m.text(
                    "mail.attached",
                    String.join(
                        m.text("list.separator"),
                        files.stream().map(f -> f.getFileName().toString()).toList()))
                + "\n";
    String body =
        report.summary()
            + "\n"
            + attached
            + m.text("mail.folder", report.folder().toAbsolutePath())
            + "\n\n"
            + m.text("mail.closing")
            + "\n";
    return new Mail(settings.to(), subject, body, files);
  }
}
