package cn.kczg.jobs.schedule;

import cn.kczg.jobs.delivery.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A warehouse without Spark: drop dates are a list, an ingest adds the folder's date, a report
 * writes a small folder with a fake workbook. Every call takes {@code delay} and records how many
 * calls were inside at once, so tests can see overlapping jobs.
 */
final class FakeTasks implements ServeTasks {
  final List<LocalDate> dropDates = new CopyOnWriteArrayList<>();
  final List<Path> ingested = new CopyOnWriteArrayList<>();
  final List<String> reports = new CopyOnWriteArrayList<>();
  final AtomicInteger calls = new AtomicInteger();
  final AtomicInteger finished = new AtomicInteger();
  private final AtomicInteger inside = new AtomicInteger();
  private final AtomicInteger mostInside = new AtomicInteger();
  private final Path out;
  private final Duration delay;

  FakeTasks(Path out, Duration delay, LocalDate... drops) {
    this.out = out;
    this.delay = delay;
    dropDates.addAll(List.of(drops));
  }

  /** The most calls that were running at the same time. */
  int mostAtOnce() {
    return mostInside.get();
  }

  @Override
  public List<String> ingest(List<Path> drops) {
    enter();
    try {
      List<String> lines = new ArrayList<>();
      for (Path d : drops) {
        ingested.add(d);
        dropDates.add(LocalDate.parse(d.getFileName().toString().substring(0, 10)));
        lines.add("drop " + d.getFileName() + ": ingested (fake)");
      }
      return lines;
    } finally {
      leave();
    }
  }

  @Override
  public List<LocalDate> dropDates() {
    enter();
    try {
      return dropDates.stream().sorted().distinct().toList();
    } finally {
      leave();
    }
  }

  @Override
  public Report report(String program, LocalDate asOf) {
    enter();
    try {
      reports.add(program + " " + asOf);
      Path folder = out.resolve(program).resolve(asOf.toString());
      Files.createDirectories(folder);
      Files.writeString(
          folder.resolve("weekly-report.xlsx"), "workbook of " + asOf, StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("progress.csv"), "org_id\n", StandardCharsets.UTF_8);
      return new Report(
          program, "衡阳市示范单位评选", asOf, folder, "截至" + asOf + "，企业 144 家达标，推荐名单 98/98。\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      leave();
    }
  }

  private void enter() {
    calls.incrementAndGet();
    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void leave() {
    inside.decrementAndGet();
    finished.incrementAndGet();
  }
}
