package cn.kczg.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.ingest.Fixture;
import cn.kczg.jobs.ingest.IngestJob;
import cn.kczg.jobs.integrity.IntegrityRun;
import cn.kczg.jobs.spark.SharedSpark;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.integrity.IntegrityRules;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import cn.kczg.schemas.source.SourceDefinitions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The current-state table gives exactly what the scan of all drops gives at the newest drop: the
 * counts at every date, the unknown organizations, and the states kept for the integrity checks
 * (withdrawals included), whether it was merged drop by drop or rebuilt, after a late drop and
 * after a crash between its commit and its marker.
 *
 * <p>The inbox is random (fixed seed): items that come and go between drops, are withdrawn (已下架,
 * 已删除) and published again, pending, dated after their drop, listed twice in one drop, owned by
 * unknown organizations.
 */
final class CurrentStatesTest {
  private static final LocalDate D1 = LocalDate.of(2022, 6, 6);
  private static final String[] STATUSES = {"已发布", "已发布", "已发布", "已发布", "待审核", "已下架", "已删除"};

  @TempDir Path tmp;
  private Warehouse warehouse;
  private Path inbox;
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void setUp() {
    warehouse = new Warehouse(tmp.resolve("wh").toString(), SharedSpark.session());
    inbox = tmp.resolve("inbox");
  }

  private static LocalDate drop(int week) {
    return D1.plusWeeks(week);
  }

  /** Drop {@code week} of the random inbox: registry in the first, news and experts in all. */
  private Path writeDrop(int week, long seed) {
    Random random = new Random(seed * 31 + week);
    String folder = drop(week).toString();
    if (week == 0) {
      List<String> registry = new ArrayList<>(List.of(Fixture.REGISTRY_HEADER));
      for (int o = 0; o < 6; o++) {
        registry.add(
            "ORG"
                + o
                + ",衡阳市机构"
                + o
                + "有限公司,acc-"
                + o
                + ",企业,,衡南县,衡南县科协,2022-01-01,张三,李四,13812345678");
      }
      Fixture.write(inbox, folder, "机构名录.csv", registry.toArray(String[]::new));
    }
    List<String> news = new ArrayList<>(List.of(Fixture.NEWS_HEADER));
    for (int i = 0; i < 120; i++) {
      if (random.nextInt(5) == 0) {
        continue; // absent from this drop: its last state holds
      }
      int org = i % 7; // ORG6 is not in the registry
      LocalDate dated = drop(week).minusDays(random.nextInt(40) - 3);
      String status = STATUSES[random.nextInt(STATUSES.length)];
      news.add(newsRow(i, org, dated, status));
      if (random.nextInt(10) == 0) {
        news.add(newsRow(i, org, dated.minusDays(1), STATUSES[random.nextInt(STATUSES.length)]));
      }
    }
    Fixture.write(inbox, folder, "资讯.csv", news.toArray(String[]::new));
    return inbox.resolve(folder);
  }

  private static String newsRow(int i, int org, LocalDate date, String status) {
    // Every 40th item repeats a title: the padded-titles check has groups to find.
    return "N"
        + i
        + ",标题"
        + (i % 40)
        + ",衡阳市机构"
        + org
        + "有限公司,acc-"
        + org
        + ","
        + date
        + ","
        + status;
  }

  private void ingest(Path folder) {
    new IngestJob(warehouse, SourceDefinitions.builtIn(), log::add).execute(folder);
  }

  /** Asserts both ways give the same figures and states at the newest drop. */
  private void assertSameAsScan() {
    List<LocalDate> drops = new Ledger(warehouse).dropDates();
    LocalDate main = drops.get(drops.size() - 1);
    RegistryHistory registry = RegistryHistory.load(warehouse);
    for (MainStates.Request request :
        List.of(new MainStates.Request(List.of("已下架", "已删除"), drops))) {
      try (CountsAndStates scanned =
              new CountsQuery(warehouse, registry, Map.of(), null).execute(drops, main, request);
          CountsAndStates current =
              new CountsQuery(warehouse, registry, Map.of(), new CurrentStates(warehouse, log::add))
                  .execute(drops, main, request)) {
        assertThat(current.counts().byDate()).isEqualTo(scanned.counts().byDate());
        assertThat(current.counts().unattributed()).isEqualTo(scanned.counts().unattributed());
        assertThat(current.counts().unknownRows()).isEqualTo(scanned.counts().unknownRows());
        assertThat(rows(current.states())).isEqualTo(rows(scanned.states()));
        // The checks on the groups derived at ingest find what grouping every item finds (when a
        // run, not the ingest, brought the table up, there are none to compare).
        if (current.states().groups().isPresent()) {
          assertSameChecks(current.states(), scanned.states(), drops);
        }
      }
    }
    AsOfCounts scanned =
        new CountsQuery(warehouse, registry, Map.of(), null).execute(List.of(main), main);
    AsOfCounts current =
        new CountsQuery(warehouse, registry, Map.of()).execute(List.of(main), main);
    assertThat(current.byDate()).isEqualTo(scanned.byDate());
  }

  private static void assertSameChecks(
      MainStates fromGroups, MainStates fromItems, List<LocalDate> drops) {
    Rulebook rulebook = Rulebooks.builtIn().get("hengyang-2022");
    IntegrityRules rules = IntegrityRules.of(rulebook.sections());
    IntegrityRun.Gathered a =
        IntegrityRun.gather(rules, fromGroups, drops, rulebook.deadline(), w -> true);
    IntegrityRun.Gathered b =
        IntegrityRun.gather(rules, fromItems, drops, rulebook.deadline(), w -> true);
    assertThat(a.evidence()).isEqualTo(b.evidence());
    assertThat(a.bursts()).isEqualTo(b.bursts());
    assertThat(a.activity()).isEqualTo(b.activity());
  }

  private static List<String> rows(MainStates states) {
    return states.rows().collectAsList().stream().map(Row::toString).sorted().toList();
  }

  @Test
  void mergedDropByDropMatchesTheScanAtEveryDrop() {
    boolean withdrawn = false;
    for (int week = 0; week < 4; week++) {
      ingest(writeDrop(week, 1));
      assertSameAsScan();
      withdrawn |= anyWithdrawal();
    }
    assertThat(log).anyMatch(l -> l.startsWith("current states: rebuilt from 1 drop(s)"));
    assertThat(log.stream().filter(l -> l.startsWith("current states: merged drop")).count())
        .isEqualTo(3);
    assertThat(log.stream().filter(l -> l.startsWith("integrity check groups: derived")).count())
        .isEqualTo(4);
    assertThat(withdrawn).as("the fixture plants withdrawals").isTrue();
  }

  private boolean anyWithdrawal() {
    List<LocalDate> drops = new Ledger(warehouse).dropDates();
    try (CountsAndStates c =
        new CountsQuery(
                warehouse,
                RegistryHistory.load(warehouse),
                Map.of(),
                new CurrentStates(warehouse, s -> {}))
            .execute(
                drops,
                drops.get(drops.size() - 1),
                new MainStates.Request(List.of("已下架", "已删除"), drops))) {
      return !c.states().rows().where("size(withdrawn_on) > 0").isEmpty();
    }
  }

  @Test
  void allDropsAtOnceAreRebuiltInOneSortAndMatchTheScan() {
    for (int week = 0; week < 4; week++) {
      writeDrop(week, 2);
    }
    ingest(inbox);
    assertThat(log).anyMatch(l -> l.startsWith("current states: rebuilt from 4 drop(s)"));
    assertSameAsScan();
  }

  @Test
  void aLateDropRebuildsTheTable() {
    ingest(writeDrop(0, 3));
    ingest(writeDrop(2, 3));
    ingest(writeDrop(1, 3)); // older than the newest drop the table holds
    assertThat(log)
        .anyMatch(
            l ->
                l.startsWith("current states: rebuilt")
                    && l.contains(
                        "a batch for drop " + drop(1) + " arrived after drop " + drop(2)));
    assertSameAsScan();
  }

  @Test
  void aCrashBetweenTheTableAndItsMarkerCostsARebuildNotAWrongFigure() throws IOException {
    ingest(writeDrop(0, 4));
    Path marker = tmp.resolve("wh/_derived/" + Tables.STATES);
    String before = Files.readString(marker);
    ingest(writeDrop(1, 4));
    Files.writeString(marker, before); // as if the process died after the merge's commit
    Files.deleteIfExists(marker.resolveSibling("." + Tables.STATES + ".crc"));
    log.clear();
    assertSameAsScan();
    assertThat(log).anyMatch(l -> l.startsWith("current states: rebuilt") && l.contains("version"));
  }

  @Test
  void aRunAsOfAnEarlierDateOrOnAPinnedWarehouseDoesNotUseTheTable() {
    ingest(writeDrop(0, 5));
    ingest(writeDrop(1, 5));
    assertThat(new CurrentStates(warehouse, log::add).at(drop(0))).isEmpty();
    assertThat(new CurrentStates(warehouse, log::add).at(drop(1))).isPresent();
    Warehouse pinned = warehouse.pinnedAt(Map.of(Tables.ITEMS, warehouse.version(Tables.ITEMS)));
    assertThat(new CurrentStates(pinned, log::add).at(drop(1))).isEmpty();
  }
}
