package cn.kczg.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.metrics.AsOfCounts;
import cn.kczg.jobs.metrics.Counting;
import cn.kczg.jobs.metrics.MainStates;
import cn.kczg.jobs.metrics.RegistryHistory;
import cn.kczg.jobs.spark.SharedSpark;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.source.SourceDefinitions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental ingest and the one counting pass give exactly what the counting rules give when
 * applied from scratch to every raw file ({@link Recompute}), after every ingest, however the drops
 * arrive: one at a time, all at once, late, re-delivered byte for byte, re-sent with other rows for
 * a date already ingested, re-exported in GBK with the same content, with items that vanish and
 * come back, items listed twice in a drop (in one file or two) with different states, quoted cells
 * spanning lines across the cuts between pieces, and a registry that changes. Counts at every drop
 * date, totals, unknown organizations and withdrawals are compared.
 */
final class IncrementalEqualsRecomputeTest {
  private static final LocalDate D0 = LocalDate.of(2022, 6, 6);
  private static final String[] STATUSES = {"已发布", "已发布", "已发布", "已发布", "待审核", "已下架", "已删除"};
  private static final List<String> WITHDRAWN = List.of("已下架", "已删除");
  private static final Charset GBK = Charset.forName("GB18030");
  private static final Map<String, String> ALIASES = Map.of("衡阳市别名机构", "ORG2");

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
    return D0.plusWeeks(week);
  }

  /**
   * Drop {@code week} of the random inbox in folder {@code folder}: the registry in the first drop
   * and changed in the third; news in one or two files, experts in one.
   */
  private Path write(int week, long seed, String folder, Charset charset) {
    Random random = new Random(seed * 31 + week);
    if (week == 0 || week == 3) {
      List<String> registry = new ArrayList<>(List.of(Fixture.REGISTRY_HEADER));
      for (int o = 0; o < (week == 0 ? 6 : 7); o++) {
        String name = week == 3 && o == 1 ? "衡阳市新名字有限公司" : "衡阳市机构" + o + "有限公司";
        registry.add(
            "ORG" + o + "," + name + ",acc-" + o
                + ",企业,,衡南县,衡南县科协,2022-01-01,张三,李四,13812345678");
      }
      Fixture.write(inbox, folder, "机构名录.csv", charset, registry.toArray(String[]::new));
    }
    List<String> news = new ArrayList<>(List.of(Fixture.NEWS_HEADER));
    List<String> more = new ArrayList<>(List.of(Fixture.NEWS_HEADER));
    for (int i = 0; i < 90; i++) {
      if (random.nextInt(5) == 0) {
        continue; // absent from this drop: its last state holds
      }
      int org = i % 8; // ORG7 is never in the registry; ORG6 only from the third drop
      // An item's date and title stay put, as on the platform; its status changes now and then.
      LocalDate dated = D0.minusDays(i % 30).plusDays(i % 3 == 0 ? 10 : 0);
      String status = i % 4 == 0 ? STATUSES[random.nextInt(STATUSES.length)] : "已发布";
      (i % 9 == 0 ? more : news).add(newsRow(i, org, dated, status));
      if (random.nextInt(12) == 0) { // twice in the drop, maybe with another state
        (random.nextBoolean() ? news : more)
            .add(newsRow(i, org, dated, STATUSES[random.nextInt(STATUSES.length)]));
      }
    }
    Fixture.write(inbox, folder, "资讯.csv", charset, news.toArray(String[]::new));
    if (more.size() > 1) {
      Fixture.write(inbox, folder, "资讯-补充.csv", charset, more.toArray(String[]::new));
    }
    List<String> experts = new ArrayList<>(List.of("专家ID,姓名,职称,研究领域,所属机构,平台账号,入驻时间,状态"));
    for (int i = 0; i < 30; i++) {
      if (week > 0 && random.nextInt(8) == 0) {
        continue;
      }
      String status = random.nextInt(10) == 0 ? "已下架" : "已发布";
      experts.add(
          "E" + i + ",专家" + i + ",教授,\"智能\n制造\"," + orgName(i % 8) + ",," + D0.minusDays(i) + "," + status);
    }
    Fixture.write(inbox, folder, "专家.csv", charset, experts.toArray(String[]::new));
    return inbox.resolve(folder);
  }

  private static String orgName(int org) {
    return org == 5 ? "衡阳市别名机构" : "衡阳市机构" + org + "有限公司";
  }

  private static String newsRow(int i, int org, LocalDate date, String status) {
    return "N" + i + ",标题" + (i % 25) + "," + orgName(org) + "," + (org % 2 == 0 ? "acc-" + org : "")
        + "," + date + "," + status;
  }

  private void ingest(Path folder) {
    new IngestJob(warehouse, SourceDefinitions.builtIn(), log::add, 180).execute(folder);
  }

  /** The engine's figures at every drop equal the recompute's. */
  private void assertSameAsRecompute() {
    Recompute expected = Recompute.of(inbox);
    List<LocalDate> drops = new Ledger(warehouse).dropDates();
    assertThat(drops).isEqualTo(expected.drops());
    LocalDate main = drops.get(drops.size() - 1);
    RegistryHistory registry = RegistryHistory.load(warehouse);
    AsOfCounts counts = new Counting(warehouse, registry, ALIASES).execute(drops, main, drops);
    for (LocalDate d : drops) {
      Map<String, IndicatorCounts> want = expected.countsAt(d, ALIASES);
      assertThat(new TreeMap<>(counts.byDate().get(d))).as("counts at " + d).isEqualTo(new TreeMap<>(want));
      assertThat(counts.totals().get(d)).as("totals at " + d).isEqualTo(sum(want));
    }
    MainStates states =
        MainStates.at(warehouse, registry, ALIASES, main, new MainStates.Request(WITHDRAWN, drops));
    Map<String, List<LocalDate>> withdrawn = new TreeMap<>();
    for (Row r : states.rows().where("size(withdrawn_on) > 0").collectAsList()) {
      withdrawn.put(r.getAs("kind") + ":" + r.getAs("item_id"), r.getList(r.fieldIndex("withdrawn_on")));
    }
    Map<String, List<LocalDate>> want = new TreeMap<>();
    Map<List<Object>, Recompute.Item> atMain = expected.statesAt(main);
    expected
        .withdrawals(WITHDRAWN, main)
        .forEach(
            (k, ds) -> {
              if (expected.owner(atMain.get(k), main, ALIASES) != null) {
                want.put(((ItemKind) k.get(0)).key() + ":" + k.get(1), ds);
              }
            });
    assertThat(withdrawn).as("withdrawals").isEqualTo(want);
  }

  private static IndicatorCounts sum(Map<String, IndicatorCounts> byOrg) {
    int[] c = new int[5];
    byOrg.values().forEach(x -> {
      for (ItemKind k : ItemKind.values()) {
        c[k.ordinal()] += x.get(k);
      }
    });
    return IndicatorCounts.of(c[0], c[1], c[2], c[3], c[4]);
  }

  @Test
  void dropByDropEqualsARecomputeAfterEveryDrop() {
    for (int week = 0; week < 5; week++) {
      ingest(write(week, 1, drop(week).toString(), StandardCharsets.UTF_8));
      assertSameAsRecompute();
    }
    assertThat(log).anyMatch(l -> l.contains(" unchanged") && !l.contains(" 0 unchanged"));
  }

  @Test
  void allDropsInOneIngestEqualARecompute() {
    for (int week = 0; week < 5; week++) {
      write(week, 2, drop(week).toString(), StandardCharsets.UTF_8);
    }
    ingest(inbox);
    assertSameAsRecompute();
  }

  @Test
  void lateDropsResentDropsAndRedeliveriesEqualARecompute() {
    for (int week : new int[] {0, 2, 4}) {
      ingest(write(week, 3, drop(week).toString(), StandardCharsets.UTF_8));
    }
    ingest(write(1, 3, drop(1).toString(), StandardCharsets.UTF_8)); // late
    assertSameAsRecompute();
    ingest(write(3, 3, drop(3).toString(), StandardCharsets.UTF_8)); // late, with a new registry
    assertSameAsRecompute();
    ingest(write(2, 99, drop(2) + "-resend", StandardCharsets.UTF_8)); // more rows for drop 2
    assertSameAsRecompute();
    ingest(inbox.resolve(drop(4).toString())); // the same bytes again: nothing changes
    assertSameAsRecompute();
    ingest(write(5, 3, drop(5).toString(), StandardCharsets.UTF_8));
    assertSameAsRecompute();
  }

  @Test
  void theSameContentInGbkIsNoChange() {
    ingest(write(0, 4, drop(0).toString(), StandardCharsets.UTF_8));
    ingest(write(1, 4, drop(1).toString(), StandardCharsets.UTF_8));
    long before = versions();
    log.clear();
    ingest(inGbk(drop(1), drop(2))); // drop 1's content again, re-exported in GBK
    assertThat(versions()).as("no version for content delivered before").isEqualTo(before);
    assertThat(log).anyMatch(l -> l.contains(" 0 new or changed"));
    assertSameAsRecompute();
    ingest(write(3, 4, drop(3).toString(), GBK)); // new content, in GBK
    assertSameAsRecompute();
  }

  /** The item files of drop {@code from} re-encoded in GBK, as drop {@code to}. */
  private Path inGbk(LocalDate from, LocalDate to) {
    try {
      Path target = java.nio.file.Files.createDirectories(inbox.resolve(to.toString()));
      try (var files = java.nio.file.Files.list(inbox.resolve(from.toString()))) {
        for (Path f : files.toList()) {
          if (!f.getFileName().toString().startsWith("机构名录")) {
            String text = java.nio.file.Files.readString(f, StandardCharsets.UTF_8);
            java.nio.file.Files.write(target.resolve(f.getFileName()), text.getBytes(GBK));
          }
        }
      }
      return target;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private long versions() {
    return warehouse
        .read(cn.kczg.jobs.store.Tables.VERSIONS, cn.kczg.jobs.store.Tables.versions())
        .count();
  }

  @Test
  void withoutTheSavedIndexTheNextIngestRebuildsItAndAgrees() throws Exception {
    ingest(write(0, 5, drop(0).toString(), StandardCharsets.UTF_8));
    ingest(write(1, 5, drop(1).toString(), StandardCharsets.UTF_8));
    java.nio.file.Files.delete(tmp.resolve("wh/_derived/current-index.bin"));
    ingest(write(2, 5, drop(2).toString(), StandardCharsets.UTF_8));
    assertThat(log).anyMatch(l -> l.startsWith("ingest: rebuilt the index"));
    assertSameAsRecompute();
  }
}
