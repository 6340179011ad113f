package cn.kczg.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.ingest.Fixture;
import cn.kczg.jobs.ingest.IngestJob;
import cn.kczg.jobs.run.ProgramRun;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.jobs.spark.SharedSpark;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import cn.kczg.schemas.source.SourceDefinitions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Weekly runs that reuse the counts stored by earlier runs give exactly the figures of a full
 * recompute, on the bundled 衡阳 sample; a batch arriving later for an earlier drop date is counted
 * again from that date on.
 */
final class IncrementalCountsTest {
  private static final Rulebook RULEBOOK = Rulebooks.builtIn().get("hengyang-2022");
  @TempDir Path tmp;

  private Warehouse ingestedSample() {
    Warehouse warehouse = new Warehouse(tmp.resolve("wh").toString(), SharedSpark.session());
    new IngestJob(warehouse, SourceDefinitions.builtIn(), s -> {}).execute(sampleInbox());
    return warehouse;
  }

  private static Path sampleInbox() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("data-samples/hengyang-2022/inbox"))) {
        return p.resolve("data-samples/hengyang-2022/inbox");
      }
    }
    throw new IllegalStateException("data-samples/hengyang-2022/inbox not found");
  }

  private static RunResult run(Warehouse warehouse, LocalDate asOf, List<String> log) {
    return new ProgramRun(warehouse, Map.of(), log::add).execute(RULEBOOK, asOf);
  }

  private static RunResult fullRecompute(Warehouse warehouse, LocalDate asOf, List<String> log) {
    new IncrementalCounts(warehouse, RegistryHistory.load(warehouse), Map.of(), s -> {}).clear();
    return run(warehouse, asOf, log);
  }

  private static void assertSameFigures(RunResult incremental, RunResult full) {
    assertThat(incremental.progress()).isEqualTo(full.progress());
    assertThat(incremental.history()).isEqualTo(full.history());
    assertThat(incremental.weeklyTotals()).isEqualTo(full.weeklyTotals());
    assertThat(incremental.selection().shortlist()).isEqualTo(full.selection().shortlist());
    assertThat(incremental.forecasts()).isEqualTo(full.forecasts());
    assertThat(incremental.unknownOrgs()).isEqualTo(full.unknownOrgs());
  }

  /** The run logged that it counted {@code counted} dates and took {@code stored} from before. */
  private static void assertCounted(List<String> log, int counted, int stored) {
    assertThat(log)
        .anyMatch(
            m ->
                m.endsWith(
                    "counting items at "
                        + counted
                        + " date(s); "
                        + stored
                        + " date(s) from earlier runs"));
  }

  private static int news(RunResult result, LocalDate date) {
    return result
        .history()
        .get(date)
        .getOrDefault("HYXH02", IndicatorCounts.zero())
        .get(ItemKind.NEWS);
  }

  @Test
  void weeklyRunsCountOnlyTheNewDateAndMatchAFullRecompute() {
    Warehouse warehouse = ingestedSample();
    List<LocalDate> drops = new Ledger(warehouse).dropDates();
    List<String> log = new ArrayList<>();
    run(warehouse, drops.get(drops.size() - 2), log);
    log.clear();
    RunResult incremental = run(warehouse, drops.get(drops.size() - 1), log);
    assertCounted(log, 1, drops.size() - 1);
    List<String> fullLog = new ArrayList<>();
    RunResult full = fullRecompute(warehouse, drops.get(drops.size() - 1), fullLog);
    assertCounted(fullLog, drops.size(), 0);
    assertSameFigures(incremental, full);
  }

  @Test
  void aLongLivedProcessTakesStoredFiguresFromMemory() throws Exception {
    Warehouse warehouse = ingestedSample();
    List<LocalDate> drops = new Ledger(warehouse).dropDates();
    run(warehouse, drops.get(drops.size() - 2), new ArrayList<>());
    // The table is gone: what the next run does not count again can only come from memory.
    try (var files = Files.walk(Path.of(warehouse.tablePath(Tables.COUNTS)))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    List<String> log = new ArrayList<>();
    RunResult remembered = run(warehouse, drops.get(drops.size() - 1), log);
    assertCounted(log, 1, drops.size() - 1);
    assertSameFigures(remembered, fullRecompute(warehouse, drops.get(drops.size() - 1), log));
  }

  @Test
  void aLateBatchForAnEarlierDropIsCountedAgainFromThatDateOn() {
    Warehouse warehouse = ingestedSample();
    List<LocalDate> drops = new Ledger(warehouse).dropDates();
    LocalDate last = drops.get(drops.size() - 1);
    RunResult before = run(warehouse, last, new ArrayList<>());
    Path late = tmp.resolve("late");
    Fixture.write(
        late,
        drops.get(1) + "-resend",
        "资讯-补.csv",
        Fixture.NEWS_HEADER,
        "ZX2099000001,补报资讯,衡阳市医学会,,2022-06-01,已发布",
        "ZX2099000002,补报资讯,衡阳市医学会,,2022-06-02,已发布");
    new IngestJob(warehouse, SourceDefinitions.builtIn(), s -> {}).execute(late);
    List<String> log = new ArrayList<>();
    RunResult incremental = run(warehouse, last, log);
    assertCounted(log, drops.size() - 1, 1);
    assertThat(news(incremental, drops.get(1))).isEqualTo(news(before, drops.get(1)) + 2);
    assertThat(news(incremental, drops.get(0))).isEqualTo(news(before, drops.get(0)));
    assertSameFigures(incremental, fullRecompute(warehouse, last, new ArrayList<>()));
  }
}
