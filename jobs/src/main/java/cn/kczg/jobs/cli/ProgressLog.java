package cn.kczg.jobs.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What a command is doing, for people, on standard error: one line per phase with the seconds since
 * the command started ({@code [ 12.3s] ingest 2022-07-11: committed batch …, 6 file(s), 48,211
 * row(s) stored}). When standard error is not a terminal (a log file, systemd, CI) or the command
 * is a service, each line also starts with the local date and time, so lines read well in a log;
 * nothing is ever redrawn in place. {@code --quiet} turns it all off.
 */
final class ProgressLog {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final boolean quiet;
  private final boolean timestamps;
  private final PrintStream err;
  private final Clock clock;
  private final Instant started;

  ProgressLog(boolean quiet, boolean timestamps, PrintStream err, Clock clock) {
    this.quiet = quiet;
    this.timestamps = timestamps;
    this.err = requireNonNull(err, "err is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.started = clock.instant();
  }

  /** For a command run by a person: timestamps unless standard error looks like a terminal. */
  static ProgressLog forCommand(boolean quiet, boolean service) {
    boolean terminal = System.console() != null;
    return new ProgressLog(quiet, service || !terminal, System.err, Clock.systemDefaultZone());
  }

  /** Prints one progress line (nothing with --quiet). */
  synchronized void line(String message) {
    if (quiet) {
      return;
    }
    double seconds = Duration.between(started, clock.instant()).toMillis() / 1000.0;
    String elapsed = String.format("[%5.1fs] ", seconds);
    err.println(
        (timestamps ? LocalDateTime.now(clock).format(STAMP) + " " : "") + elapsed + message);
  }
}
