package cn.kczg.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.alias.AliasTable;
import cn.kczg.jobs.cli.Main;
import cn.kczg.jobs.ingest.Fixture;
import cn.kczg.jobs.spark.SharedSpark;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import cn.kczg.schemas.result.QuarantineRow;
import cn.kczg.schemas.result.SnapshotDifference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's view of bad input and of time: quarantine with suggestions, aliases through the CLI,
 * snapshot differences, and as-of runs that stay the same after later drops and aliases (or are
 * reproduced exactly from a manifest). Steps build on each other, hence the order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class RunScenarioTest {
  static final LocalDate D1 = LocalDate.of(2022, 7, 4);
  static final String NEAR_MISS = "衡阳市乙集团公司";
  @TempDir static Path tmp;
  static Warehouse warehouse;
  static Rulebook rulebook = Rulebooks.builtIn().get("hengyang-2022");
  static RunResult first;
  static JsonNode firstManifest;

  @BeforeAll
  static void ingest() throws Exception {
    Path inbox = tmp.resolve("inbox");
    Fixture.write(
        inbox,
        "2022-07-04",
        "机构名录.csv",
        Fixture.REGISTRY_HEADER,
        "A1,衡阳市甲科技有限公司,acc-a,企业,,衡南县,衡南县科协,2022-01-01,张三,李四,13812345678",
        "B1,衡阳市乙（集团）有限公司,,企业,,珠晖区,珠晖区科协,2022-01-01,王五,赵六,13912345678");
    Fixture.write(
        inbox,
        "2022-07-04",
        "资讯.csv",
        Fixture.NEWS_HEADER,
        "n1,标题1,衡阳市甲科技有限公司,acc-a,2022-07-01,已发布",
        "n2,标题2," + NEAR_MISS + ",,2022-07-02,已发布",
        "n3,标题3,衡阳市甲科技有限公司,acc-a,下周,已发布");
    Fixture.write(
        inbox,
        "2022-07-04",
        "机构统计.csv",
        "机构名称,平台账号,专家数,成果数,需求数,资讯数,活动数,统计截止日期",
        "衡阳市甲科技有限公司,acc-a,0,0,0,1,0,2022-07-04",
        "衡阳市乙（集团）有限公司,,0,0,0,5,0,2022-07-04",
        "不知名单位,,0,0,0,1,0,2022-07-04");
    assertThat(cli("ingest", inbox.resolve("2022-07-04").toString())).isZero();
    warehouse = new Warehouse(tmp.resolve("wh").toString(), SharedSpark.session());
  }

  static int cli(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--warehouse";
    all[args.length + 1] = tmp.resolve("wh").toString();
    all[args.length + 2] = "--out";
    all[args.length + 3] = tmp.resolve("out").toString();
    return Main.execute(all);
  }

  static String cliOut(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      assertThat(cli(args)).isZero();
    } finally {
      System.setOut(saved);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  static RunResult run(Warehouse w) {
    return new ProgramRun(w, new AliasTable(w).asMap(), s -> {}).execute(rulebook, D1);
  }

  static Map<String, Integer> news(RunResult r) {
    Map<String, Integer> out = new TreeMap<>();
    r.progress().forEach(p -> out.put(p.orgId(), p.counts().get(ItemKind.NEWS)));
    return out;
  }

  static JsonNode manifest(String folder) throws Exception {
    return new ObjectMapper()
        .readTree(tmp.resolve("out/hengyang-2022/" + folder + "/manifest.json").toFile());
  }

  @Test
  @Order(1)
  void unknownNamesAreQuarantinedWithSuggestionsAndSnapshotsAreCompared() throws Exception {
    first = run(warehouse);
    assertThat(news(first)).isEqualTo(Map.of("A1", 1, "B1", 0));
    assertThat(first.unknownOrgs())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.name()).isEqualTo(NEAR_MISS);
              assertThat(u.suggestions()).containsExactly("衡阳市乙（集团）有限公司 [B1]");
            });
    assertThat(first.quarantine())
        .extracting(QuarantineRow::file, QuarantineRow::line, QuarantineRow::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2022-07-04/机构统计.csv", 4L, "UNKNOWN_ORG"),
            org.assertj.core.groups.Tuple.tuple("2022-07-04/资讯.csv", 3L, "UNKNOWN_ORG"),
            org.assertj.core.groups.Tuple.tuple("2022-07-04/资讯.csv", 4L, "BAD_DATE"));
    assertThat(first.quarantine().get(1))
        .satisfies(
            q -> {
              assertThat(q.raw()).isEqualTo("news,n2," + NEAR_MISS + ",,2022-07-02");
              assertThat(q.suggestions()).containsExactly("衡阳市乙（集团）有限公司 [B1]");
            });
    assertThat(first.snapshotDifferences())
        .containsExactly(
            new SnapshotDifference(
                "B1", "衡阳市乙（集团）有限公司", D1, ItemKind.NEWS, 5, 0, "2022-07-04/机构统计.csv"));
    assertThat(cli("run", "--as-of", "2022-07-04")).isZero();
    firstManifest = manifest("2022-07-04");
    assertThat(firstManifest.path("aliases_version").asLong()).isEqualTo(-1);
    assertThat(firstManifest.path("inputs")).hasSize(3);
    assertThat(firstManifest.path("inputs").get(0).path("sha256").asText()).hasSize(64);
    assertThat(firstManifest.path("source_definitions").toString())
        .contains("\"id\":\"news\"", "news.yaml");
    assertThat(firstManifest.path("table_versions").path(Tables.VERSIONS).asLong())
        .isGreaterThanOrEqualTo(0);
  }

  @Test
  @Order(2)
  void aPastAsOfDateGivesTheSameFiguresAfterLaterDrops() {
    Path later = tmp.resolve("later");
    Fixture.write(
        later,
        "2022-07-11",
        "资讯.csv",
        Fixture.NEWS_HEADER,
        "n1,标题1,衡阳市甲科技有限公司,acc-a,2022-07-01,已下架",
        "n4,标题4,衡阳市乙（集团）有限公司,,2022-07-08,已发布");
    assertThat(cli("ingest", later.toString())).isZero();
    RunResult again = run(warehouse);
    assertThat(news(again)).isEqualTo(news(first));
    assertThat(again.quarantine()).isEqualTo(first.quarantine());
  }

  @Test
  @Order(3)
  void anAliasMakesTheRowsCountAndLeaveQuarantine() {
    assertThat(cli("alias", "add", " " + NEAR_MISS + " ", "B1")).isZero();
    assertThat(cliOut("alias", "list")).contains(NEAR_MISS + "\tB1", "1 alias(es)");
    RunResult aliased = run(warehouse);
    assertThat(news(aliased)).isEqualTo(Map.of("A1", 1, "B1", 1));
    assertThat(aliased.unknownOrgs()).isEmpty();
    assertThat(aliased.quarantine()).extracting(QuarantineRow::line).containsExactly(4L, 4L);
    assertThat(aliased.snapshotDifferences())
        .singleElement()
        .satisfies(d -> assertThat(d.itemCount()).isEqualTo(1));
  }

  @Test
  @Order(4)
  void aManifestReproducesItsRunDespiteLaterAliases() throws Exception {
    Map<String, Long> versions = new TreeMap<>();
    firstManifest
        .path("table_versions")
        .fields()
        .forEachRemaining(e -> versions.put(e.getKey(), e.getValue().asLong()));
    versions.remove(Tables.METRICS);
    RunResult reproduced = run(warehouse.pinnedAt(versions));
    assertThat(news(reproduced)).isEqualTo(news(first));
    assertThat(reproduced.unknownOrgs()).isEqualTo(first.unknownOrgs());
    Path manifest = tmp.resolve("out/hengyang-2022/2022-07-04/manifest.json");
    assertThat(cli("run", "--reproduce", manifest.toString())).isZero();
    assertThat(manifest("2022-07-04-reproduced").path("table_versions").path(Tables.VERSIONS))
        .isEqualTo(firstManifest.path("table_versions").path(Tables.VERSIONS));
  }

  @Test
  @Order(5)
  void aliasMistakesAreRefusedAndRemovalRestoresQuarantine() {
    assertThat(cli("alias", "add", "某公司", "Z9")).isEqualTo(1);
    assertThat(cli("alias", "add", "衡阳市乙(集团)有限公司", "A1")).isEqualTo(1);
    assertThat(cli("alias", "remove", "没有的名字")).isEqualTo(1);
    assertThat(cli("alias", "remove", NEAR_MISS)).isZero();
    assertThat(run(warehouse).unknownOrgs()).extracting(u -> u.name()).containsExactly(NEAR_MISS);
  }
}
