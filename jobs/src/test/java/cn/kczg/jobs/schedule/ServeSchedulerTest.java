package cn.kczg.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * Quartz on its H2 job store with fake tasks (no Spark): a cron fires the report job; a restart
 * after missed weekly slots makes exactly one catch-up report, for the week the data says; jobs
 * never overlap; shutdown waits for a running job.
 */
final class ServeSchedulerTest {
  private static final LocalDate JUNE_20 = LocalDate.of(2022, 6, 20);
  private static final LocalDate JUNE_27 = LocalDate.of(2022, 6, 27);
  private static final LocalDate JULY_4 = LocalDate.of(2022, 7, 4);

  @TempDir Path tmp;

  @Test
  void aCronFiresTheReportJobAndTheLedgerKeepsItToOneReportPerWeek() throws Exception {
    Serving serving =
        new Serving(
            tmp, Map.of("weekly_report.cron", "* * * ? * *", "inbox_watch.every_seconds", "3600"));
    FakeTasks tasks = new FakeTasks(tmp.resolve("out"), Duration.ZERO, JUNE_27, JULY_4);
    try (ServeScheduler scheduler = serving.open(tasks)) {
      scheduler.schedule(serving.config);
      scheduler.start();
      await(() -> serving.log.stream().filter(l -> l.contains("nothing to do")).count() >= 2);
    }
    assertThat(tasks.reports).containsExactly("hengyang-2022 2022-07-04");
    assertThat(new RunLedger(serving.state).lastReported("hengyang-2022")).contains(JULY_4);
    assertThat(serving.config.outbox().resolve("hengyang-2022/2022-07-04/weekly-report.xlsx"))
        .hasContent("workbook of 2022-07-04");
  }

  @Test
  void aRestartAfterMissedWeeksMakesOneCatchUpReportForTheNewestUnreportedDrop() throws Exception {
    Serving serving =
        new Serving(
            tmp,
            Map.of(
                "scheduler.misfire_threshold_seconds", "1", "inbox_watch.every_seconds", "3600"));
    FakeTasks tasks = new FakeTasks(tmp.resolve("out"), Duration.ZERO, JUNE_20, JUNE_27, JULY_4);
    new RunLedger(serving.state)
        .record("hengyang-2022", JUNE_27, Instant.parse("2022-06-27T00:00:00Z"));
    Date threeWeeksAgo = Date.from(ZonedDateTime.now().minusWeeks(3).toInstant());
    try (ServeScheduler firstLife = serving.open(tasks)) {
      firstLife.schedule(serving.config);
      // As if the service had been stopped three weeks ago: the stored weekly trigger missed three
      // Mondays.
      firstLife
          .quartz()
          .rescheduleJob(
              ServeScheduler.WEEKLY_TRIGGER,
              ServeScheduler.weeklyTrigger(serving.config, threeWeeksAgo));
      assertThat(firstLife.quartz().getTrigger(ServeScheduler.WEEKLY_TRIGGER).getNextFireTime())
          .isBefore(new Date());
    }
    try (ServeScheduler secondLife = serving.open(tasks)) {
      secondLife.schedule(serving.config);
      secondLife.start();
      await(() -> !tasks.reports.isEmpty());
      Thread.sleep(2000);
      assertThat(secondLife.quartz().getTrigger(ServeScheduler.WEEKLY_TRIGGER).getNextFireTime())
          .isAfter(new Date());
    }
    assertThat(tasks.reports).containsExactly("hengyang-2022 2022-07-04");
    assertThat(new RunLedger(serving.state).entries())
        .extracting(RunLedger.Entry::asOf)
        .containsExactly(JUNE_27, JULY_4);
  }

  @Test
  void triggersFiringAtOnceNeverRunJobsInParallel() throws Exception {
    Serving serving =
        new Serving(
            tmp, Map.of("inbox_watch.every_seconds", "3600", "inbox_watch.settle_seconds", "0"));
    Files.createDirectories(serving.config.inbox().resolve("2022-07-11"));
    Files.writeString(serving.config.inbox().resolve("2022-07-11/专家.csv"), "id\n1\n");
    FakeTasks tasks = new FakeTasks(tmp.resolve("out"), Duration.ofMillis(300), JULY_4);
    try (ServeScheduler scheduler = serving.open(tasks)) {
      scheduler.schedule(serving.config);
      Date soon = new Date(System.currentTimeMillis() + 1500);
      scheduler.quartz().scheduleJob(oneShot("weekly-a", ServeScheduler.WEEKLY_JOB, soon));
      scheduler.quartz().scheduleJob(oneShot("weekly-b", ServeScheduler.WEEKLY_JOB, soon));
      scheduler.quartz().scheduleJob(oneShot("inbox-a", ServeScheduler.INBOX_JOB, soon));
      scheduler.start();
      await(
          () ->
              tasks.ingested.size() == 1
                  && serving.log.stream().filter(l -> l.startsWith("weekly report:")).count() >= 2);
    }
    assertThat(tasks.mostAtOnce()).isEqualTo(1);
    assertThat(tasks.reports).hasSize(1).first().asString().startsWith("hengyang-2022 ");
  }

  @Test
  void shutdownWaitsForTheRunningJobToFinish() throws Exception {
    Serving serving = new Serving(tmp, Map.of("inbox_watch.every_seconds", "3600"));
    FakeTasks tasks = new FakeTasks(tmp.resolve("out"), Duration.ofMillis(800), JULY_4);
    ServeScheduler scheduler = serving.open(tasks);
    scheduler.schedule(serving.config);
    scheduler.quartz().scheduleJob(oneShot("now", ServeScheduler.WEEKLY_JOB, new Date()));
    scheduler.start();
    await(() -> tasks.calls.get() >= 1);
    scheduler.close();
    assertThat(tasks.finished.get()).isEqualTo(tasks.calls.get());
    assertThat(tasks.reports).containsExactly("hengyang-2022 2022-07-04");
  }

  @Test
  void aRestartKeepsTheStoredScheduleAndAChangedCronReplacesIt() throws Exception {
    Serving serving = new Serving(tmp, Map.of());
    FakeTasks tasks = new FakeTasks(tmp.resolve("out"), Duration.ZERO);
    Date first;
    try (ServeScheduler scheduler = serving.open(tasks)) {
      scheduler.schedule(serving.config);
      first = scheduler.quartz().getTrigger(ServeScheduler.WEEKLY_TRIGGER).getStartTime();
    }
    Thread.sleep(20);
    try (ServeScheduler scheduler = serving.open(tasks)) {
      scheduler.schedule(serving.config);
      assertThat(scheduler.quartz().getTrigger(ServeScheduler.WEEKLY_TRIGGER).getStartTime())
          .isEqualTo(first);
    }
    Serving changed = new Serving(tmp, Map.of("weekly_report.cron", "0 30 9 ? * FRI"));
    try (ServeScheduler scheduler = changed.open(tasks)) {
      scheduler.schedule(changed.config);
      assertThat(
              ((org.quartz.CronTrigger)
                      scheduler.quartz().getTrigger(ServeScheduler.WEEKLY_TRIGGER))
                  .getCronExpression())
          .isEqualTo("0 30 9 ? * FRI");
    }
    assertThat(changed.log).anyMatch(l -> l.contains("weekly-report changed in the config"));
  }

  private static Trigger oneShot(String name, JobKey job, Date at) {
    return TriggerBuilder.newTrigger()
        .withIdentity(name, "test")
        .forJob(job)
        .startAt(at)
        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withRepeatCount(0))
        .build();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long giveUp = System.currentTimeMillis() + 20_000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > giveUp) {
        throw new AssertionError("condition not met within 20 s");
      }
      Thread.sleep(50);
    }
  }
}
