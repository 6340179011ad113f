package cn.kczg.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.ingest.DropResult;
import cn.kczg.jobs.ingest.Fixture;
import cn.kczg.jobs.ingest.IngestJob;
import cn.kczg.jobs.spark.SharedSpark;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.source.SourceDefinitions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pins each rule of counting-rules.md on a tiny two-drop inbox (news items only). */
final class CountingRulesTest {
  static final LocalDate D1 = LocalDate.of(2022, 7, 4);
  static final LocalDate D2 = LocalDate.of(2022, 7, 11);
  @TempDir static Path tmp;
  static Warehouse warehouse;

  @BeforeAll
  static void ingest() {
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
        "n2,标题2,写错的名字,acc-a,2022/7/2,已发布", // account wins over name
        "n3,标题3,衡阳市乙 (集团) 有限公司 ,,2022年7月3日,已发布", // normalized name
        "n4,标题4,衡阳市乙（集团）有限公司,,2022-07-03 09:30:00,待审核", // not published
        "n5,标题5,衡阳市甲科技有限公司,acc-a,2022-07-04,已发布",
        "n5,标题5,衡阳市甲科技有限公司,acc-a,2022-07-04,已下架", // same drop twice: cautious
        "n6,标题6,不存在的公司,,2022-07-02,已发布", // unknown org
        "n7,标题7,衡阳市甲科技有限公司,acc-a,2022-07-02,已发布");
    Fixture.write(
        inbox,
        "2022-07-11",
        "资讯.csv",
        Fixture.NEWS_HEADER,
        "n1,标题1,衡阳市甲科技有限公司,acc-a,2022-07-01,已发布",
        "n4,标题4,衡阳市乙（集团）有限公司,,2022-07-03,已发布", // now published
        "n7,标题7,衡阳市甲科技有限公司,acc-a,2022-07-02,已下架", // withdrawn
        "n8,标题8,衡阳市甲科技有限公司,acc-a,2022-07-09,已发布",
        "n9,标题9,衡阳市甲科技有限公司,acc-a,2022-07-12,已发布"); // after the as-of
    warehouse = new Warehouse(tmp.resolve("wh").toString(), SharedSpark.session());
    new IngestJob(warehouse, SourceDefinitions.builtIn(), s -> {}).execute(inbox);
  }

  private static AsOfCounts counts() {
    RegistryHistory registry = RegistryHistory.load(warehouse);
    return new Counting(warehouse, registry, Map.of()).execute(List.of(D1, D2), D2, List.of(D1, D2));
  }

  @Test
  void firstDropCountsPublishedAttributedItemsOnce() {
    AsOfCounts c = counts();
    // A: n1, n2 (by account), n7; n5 withheld (same drop: 已下架 wins). B: n3 only (n4 待审核).
    assertThat(c.of(D1, "A1").get(ItemKind.NEWS)).isEqualTo(3);
    assertThat(c.of(D1, "B1").get(ItemKind.NEWS)).isEqualTo(1);
  }

  @Test
  void latestDeliveryWinsAndItemsAfterTheDateWait() {
    AsOfCounts c = counts();
    // A at D2: n1 (re-delivered), n2 and n5 (only in drop 1, latest state there), n8; n7 withdrawn;
    // n9 after D2.
    // n2 keeps its drop-1 state: absent from drop 2 does not mean withdrawn.
    assertThat(c.of(D2, "A1").get(ItemKind.NEWS)).isEqualTo(3);
    // B at D2: n3 and n4 (published in drop 2).
    assertThat(c.of(D2, "B1").get(ItemKind.NEWS)).isEqualTo(2);
  }

  @Test
  void unknownOrganizationsAreReportedNotCounted() {
    assertThat(counts().unattributed())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.name()).isEqualTo("不存在的公司");
              assertThat(u.items()).isEqualTo(1);
              assertThat(u.firstSeen()).isEqualTo("2022-07-04/资讯.csv:8");
            });
  }

  @Test
  void reDeliveredDropChangesNothing() {
    long before = warehouse.version(Tables.VERSIONS);
    Path again = tmp.resolve("again");
    Fixture.write(
        again,
        "2022-07-11-resend",
        "news-copy.csv",
        Fixture.NEWS_HEADER,
        "n1,标题1,衡阳市甲科技有限公司,acc-a,2022-07-01,已发布",
        "n4,标题4,衡阳市乙（集团）有限公司,,2022-07-03,已发布",
        "n7,标题7,衡阳市甲科技有限公司,acc-a,2022-07-02,已下架",
        "n8,标题8,衡阳市甲科技有限公司,acc-a,2022-07-09,已发布",
        "n9,标题9,衡阳市甲科技有限公司,acc-a,2022-07-12,已发布");
    List<DropResult> r =
        new IngestJob(warehouse, SourceDefinitions.builtIn(), s -> {}).execute(again);
    assertThat(r.get(0).unchanged()).isTrue();
    assertThat(warehouse.version(Tables.VERSIONS)).isEqualTo(before);
    assertThat(counts().of(D2, "A1")).isEqualTo(IndicatorCounts.zero().with(ItemKind.NEWS, 3));
  }
}
