package cn.kczg.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.metrics.AsOfCounts;
import cn.kczg.jobs.metrics.Counting;
import cn.kczg.jobs.metrics.RegistryHistory;
import cn.kczg.jobs.spark.SharedSpark;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.source.SourceDefinitions;
import io.delta.tables.DeltaTable;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One warehouse fed every kind of file platform-exports.md lists: three encodings, an XLSX item
 * file with Excel dates, a snapshot with a title row, a new source from a definitions folder, a
 * header-only file, a file missing a column, garbage bytes, the same file twice, a late drop and a
 * re-delivered drop.
 */
final class IngestScenarioTest {
  static final LocalDate D1 = LocalDate.of(2022, 7, 4);
  static final LocalDate D2 = LocalDate.of(2022, 7, 11);
  static final LocalDate D3 = LocalDate.of(2022, 7, 18);
  static final String DEMANDS =
      "需求ID,需求名称,发布机构,平台账号,领域,发布时间,状态\n"
          + "d1,新材料需求,衡阳市乙（集团）有限公司,,材料,2022年7月1日,已发布\n"
          + "d2,\"检测,认证\",衡阳市甲科技有限公司,acc-a,检测,2022/7/2,已发布\n";
  @TempDir static Path tmp;
  static Warehouse warehouse;
  static final List<DropResult> results = new ArrayList<>();

  /** The ingest and these tests read the English wording (--lang en); Chinese is the default. */
  @BeforeAll
  static void ingest() throws Exception {
    Messages.use(Language.EN);
    Path inbox = tmp.resolve("inbox");
    String d1 = "2022-07-04";
    Fixture.write(
        inbox,
        d1,
        "机构名录.csv",
        Fixture.REGISTRY_HEADER,
        "A1,衡阳市甲科技有限公司,acc-a,企业,,衡南县,衡南县科协,2022-01-01,张三,李四,13812345678",
        "B1,衡阳市乙（集团）有限公司,,企业,,珠晖区,珠晖区科协,2022-01-01,王五,赵六,13912345678");
    String news =
        String.join(
                "\n",
                Fixture.NEWS_HEADER,
                "n1,标题1,衡阳市甲科技有限公司,acc-a,2022-07-01,已发布",
                "n2,标题2,\u3000衡阳市乙 (集团) 有限公司 ,,2022-07-01 09:30:00,已发布",
                "n3,标题3,衡阳市甲科技有限公司,,下周,已发布",
                "n4,标题4,不存在的公司,,2022年7月3日,已发布",
                "n5,标题5,衡阳市甲科技公司,,2022/7/3,已发布",
                "n6,标题6,衡阳市甲科技有限公司,acc-a,2022-07-02,已发布")
            + "\n";
    Fixture.bytes(inbox, d1, "资讯.csv", news.getBytes("UTF-8"));
    Fixture.bytes(inbox, d1, "资讯（副本）.csv", news.getBytes("UTF-8"));
    Fixture.bytes(inbox, d1, "需求-utf8.csv", DEMANDS.getBytes("UTF-8"));
    Fixture.bytes(inbox, d1, "需求-bom.csv", Fixture.withBom(DEMANDS));
    Fixture.bytes(inbox, d1, "需求-gbk.csv", DEMANDS.getBytes(Charset.forName("GBK")));
    Fixture.write(inbox, d1, "成果.csv", "成果ID,成果名称,发布机构,平台账号,领域,发布时间,状态");
    Fixture.write(inbox, d1, "活动.csv", "活动ID,活动名称,主办机构,状态", "a1,路演,衡阳市甲科技有限公司,已发布");
    byte[] garbage = new byte[2048];
    new Random(3).nextBytes(garbage);
    Fixture.bytes(inbox, d1, "资讯-乱码.csv", garbage);
    Fixture.bytes(
        inbox,
        d1,
        "专家.xlsx",
        Fixture.xlsx(
            new Object[] {"专家ID", "姓名", "职称", "所属机构", "平台账号", "入驻时间", "状态"},
            new Object[] {
              "e1", "张三", "教授", "衡阳市甲科技有限公司", "acc-a", LocalDate.of(2022, 6, 30), "已发布"
            },
            new Object[] {"e2", "李四", "", "衡阳市乙（集团）有限公司", "", "2022年7月1日", "已发布"},
            new Object[] {"e3", "王五", "", "衡阳市乙（集团）有限公司", "", "不详", "已发布"}));
    Fixture.bytes(
        inbox,
        d1,
        "机构统计.xlsx",
        Fixture.xlsx(
            new Object[] {"科创中国机构统计（截至2022年7月4日）"},
            new Object[] {"机构名称", "平台账号", "专家数", "成果数", "需求数", "资讯数", "活动数", "统计截止日期"},
            new Object[] {"衡阳市甲科技有限公司", "acc-a", 1, 0, 1, 3, 0, LocalDate.of(2022, 7, 4)},
            new Object[] {"衡阳市乙（集团）有限公司", "", 1, 0, "一", 1, 0, "2022-07-04"}));
    Fixture.write(
        inbox, d1, "科技成果清单.csv", "审核状态,成果标题,上架日期,单位名称,成果编码", "发布成功,新型材料,2022年7月1日,衡阳市甲科技有限公司,c-1");
    Fixture.write(
        inbox,
        "2022-07-18",
        "资讯.csv",
        Fixture.NEWS_HEADER,
        "n6,标题6,衡阳市甲科技有限公司,acc-a,2022-07-02,已下架");
    Path late = tmp.resolve("late");
    Fixture.write(
        late,
        "2022-07-11",
        "资讯.csv",
        Fixture.NEWS_HEADER,
        "n6,标题6,衡阳市甲科技有限公司,acc-a,2022-07-02,已发布",
        "n7,标题7,衡阳市甲科技有限公司,acc-a,2022-07-10,已发布");
    Path sources = Files.createDirectories(tmp.resolve("sources"));
    Files.writeString(
        sources.resolve("achievements-v2.yaml"),
        """
        id: achievements-v2
        role: items
        kind: achievements
        files: ["科技成果清单*"]
        published: [发布成功]
        fields:
          item_date: {columns: [上架日期], required: true}
          org_name: {columns: [单位名称], required: true}
          item_id: {columns: [成果编码], required: true}
          status: {columns: [审核状态], required: true}
          title: 成果标题
        """);
    warehouse = new Warehouse(tmp.resolve("wh").toString(), SharedSpark.session());
    IngestJob job = new IngestJob(warehouse, SourceDefinitions.withExtra(sources), s -> {});
    results.addAll(job.execute(inbox));
    results.addAll(job.execute(late.resolve("2022-07-11")));
  }

  @AfterAll
  static void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  private static FileOutcome outcome(String file) {
    return results.stream()
        .flatMap(r -> r.files().stream())
        .filter(f -> f.file().equals(file))
        .findFirst()
        .orElseThrow();
  }

  private static long rows(String table, String file) {
    return warehouse.read(table, null).where(col("source_file").equalTo(file)).count();
  }

  private static AsOfCounts counts(LocalDate... dates) {
    return new Counting(warehouse, RegistryHistory.load(warehouse), Map.of())
        .execute(List.of(dates), dates[0], List.of(dates));
  }

  @Test
  void rowsReadEqualRowsStoredPlusUnchangedPlusQuarantinedForEveryFile() {
    List<Row> ledger =
        new Ledger(warehouse).rows().where(col("status").equalTo("ingested")).collectAsList();
    assertThat(ledger).hasSize(11);
    for (Row r : ledger) {
      String file = r.getAs("file");
      String table =
          switch (r.<String>getAs("source_id")) {
            case "registry" -> Tables.REGISTRY;
            case "snapshot" -> Tables.SNAPSHOTS;
            default -> Tables.VERSIONS;
          };
      long read = r.getAs("rows_read");
      assertThat(read)
          .as(file)
          .isEqualTo(
              r.<Long>getAs("rows_stored")
                  + r.<Long>getAs("rows_unchanged")
                  + r.<Long>getAs("rows_quarantined"));
      assertThat(rows(table, file)).as(file).isEqualTo(r.<Long>getAs("rows_stored"));
      assertThat(rows(Tables.QUARANTINE, file))
          .as(file)
          .isEqualTo(r.<Long>getAs("rows_quarantined"));
    }
    assertThat(outcome("2022-07-04/资讯.csv"))
        .satisfies(
            f ->
                assertThat(List.of(f.read(), f.stored(), f.unchanged(), f.quarantined()))
                    .containsExactly(6L, 5L, 0L, 1L));
  }

  @Test
  void utf8BomAndGbkCopiesOfTheSameRowsAreOneVersion() {
    // The three files decode to the same content: one version per item (the drop's winning line,
    // the rest of the order picking 需求-utf8.csv), the other copies counted as unchanged.
    assertThat(
            warehouse
                .read(Tables.VERSIONS, null)
                .where(col("kind").equalTo("demands"))
                .orderBy("item_id")
                .select(
                    "item_id",
                    "org_name",
                    "org_key",
                    "item_date",
                    "title",
                    "published",
                    "line",
                    "source_file")
                .collectAsList()
                .stream()
                .map(Row::toString)
                .toList())
        .containsExactly(
            "[d1,衡阳市乙（集团）有限公司,衡阳市乙(集团)有限公司,2022-07-01,新材料需求,true,2,2022-07-04/需求-utf8.csv]",
            "[d2,衡阳市甲科技有限公司,衡阳市甲科技有限公司,2022-07-02,检测,认证,true,3,2022-07-04/需求-utf8.csv]");
    for (String enc : List.of("utf8", "bom", "gbk")) {
      FileOutcome f = outcome("2022-07-04/需求-" + enc + ".csv");
      assertThat(f.read()).as(enc).isEqualTo(2);
      assertThat(f.stored() + f.unchanged()).as(enc).isEqualTo(2);
    }
    assertThat(
            List.of(
                outcome("2022-07-04/需求-utf8.csv").encoding(),
                outcome("2022-07-04/需求-bom.csv").encoding(),
                outcome("2022-07-04/需求-gbk.csv").encoding()))
        .containsExactly("UTF-8", "UTF-8 (BOM)", "GB18030");
    assertThat(counts(D1).of(D1, "B1").get(ItemKind.DEMANDS))
        .as("the same item in three files counts once")
        .isEqualTo(1);
  }

  @Test
  void unreadableFilesAreRefusedByNameAndNothingOfThemIsStored() {
    assertThat(outcome("2022-07-04/活动.csv"))
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(FileOutcome.Status.REFUSED);
              assertThat(f.message())
                  .startsWith(
                      "Column 举办时间 missing in 2022-07-04/活动.csv; the source 'activities' requires it.");
            });
    assertThat(outcome("2022-07-04/资讯-乱码.csv"))
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(FileOutcome.Status.REFUSED);
              assertThat(f.message())
                  .isEqualTo(
                      "Cannot read 2022-07-04/资讯-乱码.csv: it is neither UTF-8 nor GBK/GB18030 text."
                          + " Re-export it as UTF-8 CSV or as XLSX.");
            });
    for (String file : List.of("2022-07-04/活动.csv", "2022-07-04/资讯-乱码.csv")) {
      assertThat(rows(Tables.VERSIONS, file)).as("versions").isZero();
      // Recorded, not lost: the ledger names it refused with the reason, the quarantine lists it.
      assertThat(
              warehouse
                  .read(Tables.LEDGER, null)
                  .where(col("file").equalTo(file))
                  .select("status", "rows_read", "rows_stored")
                  .collectAsList()
                  .toString())
          .isEqualTo("[[refused,0,0]]");
      assertThat(
              warehouse
                  .read(Tables.QUARANTINE, null)
                  .where(col("source_file").equalTo(file))
                  .select("reason", "line")
                  .collectAsList()
                  .toString())
          .isEqualTo("[[FILE_REFUSED,0]]");
    }
    assertThat(results.get(0).hasRefusals()).isTrue();
  }

  @Test
  void headerOnlyFileAndDuplicateFile() {
    assertThat(outcome("2022-07-04/成果.csv"))
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(FileOutcome.Status.INGESTED);
              assertThat(f.read()).isZero();
            });
    assertThat(outcome("2022-07-04/资讯（副本）.csv").status()).isEqualTo(FileOutcome.Status.DUPLICATE);
    assertThat(rows(Tables.VERSIONS, "2022-07-04/资讯（副本）.csv")).isZero();
  }

  @Test
  void xlsxExcelDatesSnapshotTitleRowAndANewSourceAreStored() {
    assertThat(
            warehouse
                .read(Tables.VERSIONS, null)
                .where(col("kind").equalTo("experts"))
                .orderBy("item_id")
                .select("item_id", "item_date")
                .collectAsList()
                .stream()
                .map(Row::toString)
                .toList())
        .containsExactly("[e1,2022-06-30]", "[e2,2022-07-01]");
    assertThat(
            warehouse
                .read(Tables.QUARANTINE, null)
                .where(col("source_file").equalTo("2022-07-04/专家.xlsx"))
                .select("reason", "line")
                .collectAsList()
                .toString())
        .isEqualTo("[[BAD_DATE,4]]");
    assertThat(
            warehouse
                .read(Tables.SNAPSHOTS, null)
                .select("name_key", "news", "as_of", "line")
                .collectAsList()
                .toString())
        .isEqualTo("[[衡阳市甲科技有限公司,3,2022-07-04,3]]");
    assertThat(outcome("2022-07-04/科技成果清单.csv").sourceId()).isEqualTo("achievements-v2");
    assertThat(counts(D1).of(D1, "A1").get(ItemKind.ACHIEVEMENTS)).isEqualTo(1);
  }

  @Test
  void quarantineReasonsAreCountedPerDrop() {
    assertThat(results.get(0).quarantineByReason())
        .isEqualTo(Map.of("BAD_DATE", 2L, "BAD_NUMBER", 1L, "FILE_REFUSED", 2L));
  }

  @Test
  void fullWidthNamesAreAttributedAndUnknownNamesAreNot() {
    AsOfCounts c = counts(D1);
    assertThat(c.of(D1, "B1").get(ItemKind.NEWS)).isEqualTo(1);
    assertThat(c.unattributed())
        .extracting(AsOfCounts.UnknownOrg::name)
        .containsExactly("不存在的公司", "衡阳市甲科技公司");
    assertThat(c.unattributed().get(1).suggestions()).containsExactly("衡阳市甲科技有限公司 [A1]");
    assertThat(c.unattributed().get(0).suggestions()).isEmpty();
  }

  @Test
  void aLateDropIsAppliedUnderLatestDeliveryWins() {
    // Drop 07-18 (ingested first) withdrew n6; the late drop 07-11 publishes it again and adds n7.
    AsOfCounts c = counts(D3, D2, D1);
    assertThat(c.of(D1, "A1").get(ItemKind.NEWS)).isEqualTo(2); // n1, n6
    assertThat(c.of(D2, "A1").get(ItemKind.NEWS)).isEqualTo(3); // n1, n6, n7
    assertThat(c.of(D3, "A1").get(ItemKind.NEWS)).isEqualTo(2); // n6 withdrawn on 07-18
  }

  @Test
  void aReDeliveredDropUnderOtherNamesChangesNoTableVersion() {
    List<String> tables =
        List.of(
            Tables.VERSIONS,
            Tables.SUPERSESSIONS,
            Tables.QUARANTINE,
            Tables.REGISTRY,
            Tables.SNAPSHOTS,
            Tables.LEDGER);
    List<Long> before = tables.stream().map(warehouse::version).toList();
    Path resend = tmp.resolve("resend");
    Fixture.write(
        resend,
        "2022-07-11-resend",
        "news-again.csv",
        Fixture.NEWS_HEADER,
        "n6,标题6,衡阳市甲科技有限公司,acc-a,2022-07-02,已发布",
        "n7,标题7,衡阳市甲科技有限公司,acc-a,2022-07-10,已发布");
    List<DropResult> again =
        new IngestJob(warehouse, SourceDefinitions.builtIn(), s -> {}).execute(resend);
    assertThat(again.get(0).unchanged()).isTrue();
    assertThat(again.get(0).files())
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(FileOutcome.Status.ALREADY_INGESTED));
    assertThat(tables.stream().map(warehouse::version).toList()).isEqualTo(before);
  }

  @Test
  void tablesKeepAYearOfHistoryForTimeTravel() {
    for (String table : List.of(Tables.VERSIONS, Tables.LEDGER, Tables.REGISTRY)) {
      Map<String, String> props =
          DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(table))
              .detail()
              .first()
              .getJavaMap(
                  DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(table))
                      .detail()
                      .first()
                      .fieldIndex("properties"));
      assertThat(props)
          .as(table)
          .containsEntry("delta.logRetentionDuration", "interval 365 days")
          .containsEntry("delta.deletedFileRetentionDuration", "interval 365 days");
    }
  }

  @Test
  void versionFilesKeepNoStatisticsForEveryReaderReadsThemAll() {
    var detail =
        DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(Tables.VERSIONS)).detail();
    Map<String, String> props = detail.first().getJavaMap(detail.first().fieldIndex("properties"));
    assertThat(props).containsEntry("delta.dataSkippingNumIndexedCols", "0");
    assertThat(warehouse.read(Tables.VERSIONS, null).schema().fields())
        .allSatisfy(f -> assertThat(f.nullable()).as(f.name()).isTrue());
  }
}
