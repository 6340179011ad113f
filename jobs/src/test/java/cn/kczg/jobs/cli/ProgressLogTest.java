package cn.kczg.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Progress lines: elapsed seconds always, the time of day when not on a terminal, nothing with
 * --quiet.
 */
final class ProgressLogTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final Clock clock =
      Clock.fixed(Instant.parse("2022-07-11T00:00:05Z"), ZoneId.of("Asia/Shanghai"));

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aLogFileGetsPlainLinesWithTheTimeOfDay() {
    new ProgressLog(false, true, err, clock).line("ingest 2022-07-11: scanning 5 file(s)");
    assertThat(printed())
        .isEqualTo(
            "2022-07-11 08:00:05 [  0.0s] ingest 2022-07-11: scanning 5 file(s)"
                + System.lineSeparator());
  }

  @Test
  void aTerminalGetsElapsedSecondsOnly() {
    new ProgressLog(false, false, err, clock).line("Spark ready");
    assertThat(printed()).isEqualTo("[  0.0s] Spark ready" + System.lineSeparator());
  }

  @Test
  void quietPrintsNothing() {
    new ProgressLog(true, true, err, clock).line("Spark ready");
    assertThat(printed()).isEmpty();
  }
}
