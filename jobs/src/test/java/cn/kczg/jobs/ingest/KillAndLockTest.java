package cn.kczg.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.jobs.metrics.Counting;
import cn.kczg.jobs.metrics.RegistryHistory;
import cn.kczg.jobs.spark.SharedSpark;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.jobs.store.WarehouseLock;
import cn.kczg.schemas.ErrorCode;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.source.SourceDefinitions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kczg ingest} as a separate process: killed at each crash point of a drop, then re-run, it
 * ends with exactly the tables of an uninterrupted ingest; a second concurrent ingest on the same
 * warehouse is refused at once.
 */
final class KillAndLockTest {
  static final List<String> POINTS =
      List.of(
          CrashPoint.AFTER_REGISTRY,
          CrashPoint.AFTER_ITEMS,
          CrashPoint.AFTER_QUARANTINE,
          CrashPoint.BEFORE_COMMIT);
  @TempDir static Path tmp;
  static Path inbox;

  @BeforeAll
  static void inbox() {
    inbox = tmp.resolve("inbox");
    for (int i = 0; i < POINTS.size(); i++) {
      String drop = LocalDate.of(2022, 7, 4).plusWeeks(i).toString();
      Fixture.write(
          inbox,
          drop,
          "机构名录.csv",
          Fixture.REGISTRY_HEADER,
          "A1,衡阳市甲科技有限公司,acc-a,企业,,衡南县,衡南县科协,2022-01-01,张三,李四,13812345678");
      Fixture.write(
          inbox,
          drop,
          "资讯.csv",
          Fixture.NEWS_HEADER,
          "n" + (i + 1) + ",标题,衡阳市甲科技有限公司,acc-a," + drop + ",已发布",
          "m" + i + ",标题,衡阳市甲科技有限公司,acc-a,某天,已发布",
          "n0,标题,衡阳市甲科技有限公司,acc-a,2022-07-01," + (i % 2 == 0 ? "已发布" : "已下架"));
    }
  }

  private static ProcessBuilder kczg(List<String> jvmFlags, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (flag.startsWith("--")
          || flag.startsWith("-XX:+IgnoreUnrecognized")
          || flag.startsWith("-Dfile.encoding")
          || flag.startsWith("-Duser.timezone")
          || flag.startsWith("-Djdk.reflect")
          || flag.startsWith("-Dio.netty")) {
        command.add(flag);
      }
    }
    command.add("-Xmx1g");
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add("cn.kczg.jobs.cli.Main");
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }

  private static Map<String, Long> rowCounts(Warehouse w) {
    Map<String, Long> out = new java.util.TreeMap<>();
    out.put(Tables.VERSIONS, w.read(Tables.VERSIONS, Tables.versions()).count());
    out.put(Tables.SUPERSESSIONS, w.read(Tables.SUPERSESSIONS, Tables.supersessions()).count());
    out.put(Tables.QUARANTINE, w.read(Tables.QUARANTINE, Tables.quarantine()).count());
    out.put(Tables.REGISTRY, w.read(Tables.REGISTRY, Tables.registry()).count());
    out.put(Tables.LEDGER, w.read(Tables.LEDGER, Tables.ledger()).count());
    out.put(
        "committed versions",
        new Ledger(w).committedOnly(w.read(Tables.VERSIONS, Tables.versions())).count());
    return out;
  }

  private static List<String> figures(Warehouse w) {
    List<LocalDate> dates = new Ledger(w).dropDates();
    var counts =
        new Counting(w, RegistryHistory.load(w), Map.of())
            .execute(dates, dates.get(dates.size() - 1), dates);
    return dates.stream().map(d -> d + "=" + counts.of(d, "A1")).toList();
  }

  @Test
  void anIngestKilledAtAnyPointEndsLikeAnUninterruptedOneAfterARerun() throws Exception {
    Warehouse reference = new Warehouse(tmp.resolve("reference").toString(), SharedSpark.session());
    new IngestJob(reference, SourceDefinitions.builtIn(), s -> {}).execute(inbox);

    Path wh = tmp.resolve("killed");
    Warehouse killed = new Warehouse(wh.toString(), SharedSpark.session());
    List<Path> drops = IngestJob.dropsIn(inbox);
    for (int i = 0; i < drops.size(); i++) {
      long committedBefore =
          new Ledger(killed).committedOnly(killed.read(Tables.VERSIONS, Tables.versions())).count();
      Process child =
          kczg(
                  List.of("-D" + CrashPoint.PROPERTY + "=" + POINTS.get(i)),
                  "ingest",
                  drops.get(i).toString(),
                  "--warehouse",
                  wh.toString(),
                  "--master",
                  "local[1]",
                  "--quiet")
              .start();
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as(output).isEqualTo(137);
      assertThat(output).contains("crash point " + POINTS.get(i));
      // Readers see the warehouse as before the drop: the half-written batch is not committed.
      assertThat(
              new Ledger(killed)
                  .committedOnly(killed.read(Tables.VERSIONS, Tables.versions()))
                  .count())
          .isEqualTo(committedBefore);
      new IngestJob(killed, SourceDefinitions.builtIn(), s -> {}).execute(drops.get(i));
    }
    assertThat(rowCounts(killed)).isEqualTo(rowCounts(reference));
    assertThat(figures(killed)).isEqualTo(figures(reference));
    assertThat(
            killed
                .read(Tables.VERSIONS, Tables.versions())
                .groupBy("kind", "item_id", "valid_from")
                .count()
                .where("count > 1")
                .count())
        .as("duplicates")
        .isZero();
  }

  @Test
  void aSecondConcurrentIngestIsRefusedWithinASecond() throws IOException, InterruptedException {
    Path wh = tmp.resolve("locked");
    Path state = Files.createDirectories(wh.resolve("_state"));
    try (WarehouseLock held = WarehouseLock.acquire(state, "ingest by the test")) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> WarehouseLock.acquire(state, "second"))
          .isInstanceOf(KczgException.class)
          .satisfies(
              e -> assertThat(((KczgException) e).code()).isEqualTo(ErrorCode.WAREHOUSE_LOCKED));
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1000);

      long childStart = System.nanoTime();
      Process child =
          kczg(List.of(), "ingest", inbox.toString(), "--warehouse", wh.toString(), "--lang", "en")
              .start();
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      long childMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - childStart);
      assertThat(child.exitValue()).as(output).isEqualTo(1);
      assertThat(output)
          .contains(
              "kczg: The warehouse "
                  + wh
                  + " is in use by another kczg process (ingest by the test, pid "
                  + ProcessHandle.current().pid()
                  + "); wait for it to finish, or use another --warehouse.");
      assertThat(output).as("refused before Spark starts").doesNotContain("starting Spark");
      System.out.println(
          "concurrent ingest refused by a child JVM in "
              + childMillis
              + " ms (JVM start included)");
    }
  }
}
