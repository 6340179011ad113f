package cn.kczg.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.delivery.Delivery;
import cn.kczg.jobs.delivery.Outbox;
import cn.kczg.jobs.delivery.Report;
import cn.kczg.jobs.store.WarehouseLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program whose own input folder holds no dated folders (an assessment sheet, a station list) is
 * reported as of the day of the pass, once per calendar week; its data's dates, when it has some,
 * decide its week as the warehouse's drop dates do.
 */
final class UndatedProgramsTest {
  @TempDir Path tmp;
  private final List<String> log = new ArrayList<>();

  private ServePasses passes(ServeTasks tasks, Instant now) throws IOException {
    Path file = tmp.resolve("serve.properties");
    Files.writeString(file, "programs=sheet-program,drop-program\ninbox=inbox\noutbox=outbox\n");
    ServeConfig config =
        ServeSettings.load(
            file, List.of("sheet-program", "drop-program"), "sheet-program", k -> null);
    Path state = Files.createDirectories(tmp.resolve("wh/_state"));
    return new ServePasses(
        config,
        tasks,
        new InboxWatcher(config.inbox(), state, Duration.ZERO, Sleeper.real(), log::add),
        new RunLedger(state),
        Delivery.smtp(new Outbox(config.outbox()), config.mail(), log::add),
        new WarehouseGate(
            p -> WarehouseLock.acquire(state, p), Duration.ofSeconds(5), Sleeper.real(), log::add),
        Clock.fixed(now, ZoneOffset.UTC),
        log::add);
  }

  private ServeTasks tasks(FakeTasks fake) {
    return new ServeTasks() {
      @Override
      public List<String> ingest(List<Path> drops) {
        return fake.ingest(drops);
      }

      @Override
      public List<LocalDate> dropDates() {
        return fake.dropDates();
      }

      @Override
      public Report report(String program, LocalDate asOf) {
        return fake.report(program, asOf);
      }

      @Override
      public DataDates dataDates(String program) {
        return program.equals("sheet-program")
            ? new Undated()
            : new Dated(List.of(LocalDate.of(2024, 6, 30)));
      }
    };
  }

  @Test
  void aProgramWithoutDatesIsReportedAsOfTheDayOncePerWeek() throws Exception {
    FakeTasks fake = new FakeTasks(tmp.resolve("out"), Duration.ZERO);
    ServeTasks tasks = tasks(fake);
    // Wednesday 2024-07-03 10:00 in Shanghai; then Friday; then the next Monday.
    passes(tasks, Instant.parse("2024-07-03T02:00:00Z")).reportPass();
    passes(tasks, Instant.parse("2024-07-05T02:00:00Z")).reportPass();
    passes(tasks, Instant.parse("2024-07-08T02:00:00Z")).reportPass();

    assertThat(fake.reports)
        .containsExactly(
            "sheet-program 2024-07-03", "drop-program 2024-06-30", "sheet-program 2024-07-08");
  }
}
