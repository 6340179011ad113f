package cn.kczg.jobs.programs.rankinglists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.kczg.jobs.programs.ProgramFixtures;
import cn.kczg.jobs.programs.RowProblem;
import cn.kczg.jobs.programs.TableOutputs;
import cn.kczg.reports.tables.ResultTable;
import cn.kczg.schemas.program.Rulebook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class NominationEngineTest {
  private static final Rulebook BOOK = ProgramFixtures.book("kczg-2023-ranking-lists");
  private static final RankingListsType TYPE = new RankingListsType();
  private static final RankingRules RULES = TYPE.rules(BOOK);
  private static final LocalDate AS_OF = LocalDate.of(2023, 11, 20);
  private static final String HEADER = "序号,候选名称,榜单,领域,推荐单位,推荐渠道\n";

  @TempDir Path tmp;

  private RankingListsType.Results run(String header, String rows, String winners) {
    Path dir =
        winners == null
            ? ProgramFixtures.files(tmp.resolve("in"), "推荐.csv", header + rows)
            : ProgramFixtures.files(
                tmp.resolve("in"), "推荐.csv", header + rows, "历年入选.csv", winners);
    return TYPE.compute(RULES, ProgramFixtures.read(BOOK, dir, AS_OF), AS_OF);
  }

  private NominationEngine.Outcome check(String rows) {
    return run(HEADER, rows, null).outcome();
  }

  private List<String> messages(List<RowProblem> problems) {
    return problems.stream()
        .map(RowProblem::message)
        .map(m -> m.replace(tmp.resolve("in").toString() + "/", ""))
        .toList();
  }

  private static List<String> candidates(List<Nomination> nominations) {
    return nominations.stream().map(Nomination::candidate).toList();
  }

  @Test
  void recommenderOverQuotaInOneFieldOnlyLosesTheLastBySubmissionOrder() {
    // 湖南省科协 (one channel, 省级科协): 先导技术榜 quota 3 per field × 1 channel = 3.
    // 电子信息: four nominations, 序号 1..4 (written out of order in the file): T4 (序号 4) is over.
    // 生物医药: two nominations, within quota: no violation there.
    NominationEngine.Outcome outcome =
        check(
            "3,T3,先导技术榜,电子信息,湖南省科协,省级科协\n"
                + "4,T4,先导技术榜,电子信息,湖南省科协,省级科协\n"
                + "1,T1,先导技术榜,电子信息,湖南省科协,省级科协\n"
                + "2,T2,先导技术榜,电子信息,湖南省科协,省级科协\n"
                + "5,B1,先导技术榜,生物医药,湖南省科协,省级科协\n"
                + "6,B2,先导技术榜,生物医药,湖南省科协,省级科协\n");

    assertThat(outcome.violations()).hasSize(1);
    Violation v = outcome.violations().get(0);
    assertThat(v.rule()).isEqualTo("超出名额");
    assertThat(v.list() + "/" + v.field()).isEqualTo("先导技术榜/电子信息");
    assertThat(v.quota()).isEqualTo(3);
    assertThat(v.count()).isEqualTo(4);
    assertThat(candidates(v.excluded())).containsExactly("T4");
    assertThat(v.explanation())
        .isEqualTo(
            "4 nominated, quota 3 = 3 per field × 1 channel(s) (省级科协); the last 1 in submission order are over");
    assertThat(candidates(outcome.clean())).containsExactly("T1", "T2", "T3", "B1", "B2");
  }

  @Test
  void recommenderInTwoChannelsGetsDoubleQuota() {
    // 新锐企业榜 quota 5 per channel. 中国电子学会 is 全国学会 and 科创中国联合体成员单位: 5 × 2 = 10,
    // so its 6 nominations are all clean; 某市科协 (one channel, quota 5) with the same 6 has
    // the 6th (序号 12, E6) over.
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      rows.append(i).append(",C").append(i).append(",新锐企业榜,,中国电子学会,全国学会；科创中国联合体成员单位\n");
      rows.append(6 + i).append(",E").append(i).append(",新锐企业榜,,某市科协,创新驱动示范市\n");
    }

    NominationEngine.Outcome outcome = check(rows.toString());

    assertThat(outcome.violations())
        .extracting(Violation::recommender, Violation::quota, Violation::count)
        .containsExactly(tuple("某市科协", 5, 6));
    assertThat(candidates(outcome.violations().get(0).excluded())).containsExactly("E6");
    assertThat(outcome.clean()).hasSize(11);
  }

  @Test
  void pastWinnerIsExcludedAndUsesNoQuota() {
    // 融通创新组织榜 quota 2. O1 is on the past-winners list (matched after normalizing the
    // full-width brackets), so it is excluded; O2 and O3 then fit the quota of 2.
    NominationEngine.Outcome outcome =
        run(
                HEADER,
                "1,O1（长沙）,融通创新组织榜,,湖南省科协,省级科协\n"
                    + "2,O2,融通创新组织榜,,湖南省科协,省级科协\n"
                    + "3,O3,融通创新组织榜,,湖南省科协,省级科协\n",
                "候选名称\nO1(长沙)\n")
            .outcome();

    assertThat(outcome.violations()).extracting(Violation::rule).containsExactly("历年入选");
    assertThat(candidates(outcome.violations().get(0).excluded())).containsExactly("O1（长沙）");
    assertThat(candidates(outcome.clean())).containsExactly("O2", "O3");
  }

  @Test
  void aPioneerOnThePastWinnersListMayRecommendOnePersonToThePioneerListOnly() {
    // 张三 is on the list as a 2022 技术经理人先锋 and in no ordinary channel: 技术经理人先锋榜 quota
    // 0 × 2 + 1 = 1, so P2 is over; 新锐企业榜 quota 0, so X1 is over.
    RankingListsType.Results r =
        run(
            HEADER,
            "1,P1,技术经理人先锋榜,,张三,2022年技术经理人先锋\n"
                + "2,P2,技术经理人先锋榜,,张三,2022年技术经理人先锋\n"
                + "3,X1,新锐企业榜,,张三,2022年技术经理人先锋\n",
            "候选名称,榜单,入选年份\n张三,技术经理人先锋榜,2022\n");

    assertThat(r.outcome().violations())
        .extracting(Violation::list, Violation::quota, Violation::explanation)
        .containsExactly(
            tuple(
                "新锐企业榜",
                0,
                "1 nominated, quota 0 = 0: no channel that may recommend to 新锐企业榜; the last 1 in submission order are over"),
            tuple(
                "技术经理人先锋榜",
                1,
                "2 nominated, quota 1 = 1 as 2022年技术经理人先锋; the last 1 in submission order are over"));
    assertThat(candidates(r.outcome().clean())).containsExactly("P1");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void aDeclaredPioneerThePastWinnersListDoesNotHoldGetsNoPioneerQuota() {
    // 张三 declares 2022年技术经理人先锋, but the list holds him for 2021 only: no quota at all.
    RankingListsType.Results r =
        run(HEADER, "17,王技术经理,技术经理人先锋榜,,张三,2022年技术经理人先锋\n", "候选名称,榜单,入选年份\n张三,技术经理人先锋榜,2021\n");

    assertThat(r.outcome().clean()).isEmpty();
    assertThat(r.outcome().violations()).extracting(Violation::quota).containsExactly(0);
    assertThat(messages(r.problems()))
        .containsExactly(
            "推荐.csv line 2: 张三 declares 2022年技术经理人先锋, but the past-winners list does not hold 张三"
                + " on 技术经理人先锋榜 2022; no pioneer quota (二（一）2)");
  }

  @Test
  void aNominationSubmittedAfterTheSocietysDeadlineIsLateAndUsesNoQuota() {
    // 六: to the society's secretariat by 2023-11-20 17:00. L2 came at 17:01: late, and L3 then
    // still fits the quota of 2.
    RankingListsType.Results r =
        run(
            "序号,候选名称,榜单,领域,推荐单位,推荐渠道,提交时间\n",
            "1,L1,融通创新组织榜,,某学会,全国学会,2023-11-20 16:59\n"
                + "2,L2,融通创新组织榜,,某学会,全国学会,2023-11-20 17:01\n"
                + "3,L3,融通创新组织榜,,某学会,全国学会,2023-11-19 09:00\n",
            null);

    assertThat(r.outcome().violations())
        .extracting(Violation::rule, Violation::explanation)
        .containsExactly(
            tuple("逾期报送", "submitted after 学会秘书处报送截止 2023-11-20T17:00 (六); not forwarded"));
    assertThat(candidates(r.outcome().clean())).containsExactly("L1", "L3");
  }

  @Test
  void eachCleanNominationIsRoutedToItsFieldsFirstRoundReviewer() {
    RankingListsType.Results r =
        run(
            HEADER,
            "1,芯片,先导技术榜,电子信息,湖南省科协,省级科协\n"
                + "2,轴承,先导技术榜,产业基础,湖南省科协,省级科协\n"
                + "3,某公司,新锐企业榜,,湖南省科协,省级科协\n",
            null);
    TableOutputs out = (TableOutputs) TYPE.outputs(BOOK, RULES, r, AS_OF);

    ResultTable summary = out.report().table("推荐汇总");
    assertThat(summary.rows())
        .extracting(row -> row.get(2) + " → " + row.get(6))
        .containsExactly("芯片 → 中国科协信息科技学会联合体", "轴承 → 中国科协智能制造学会联合体", "某公司 → \"科创中国\"联合体秘书处");
    assertThat(out.report().forms()).hasSize(3);
    assertThat(out.report().forms().get(0).fileName()).isEqualTo("附件2-申报样表-1-芯片.xlsx");
  }

  @Test
  void theDeadlinesShowWhatIsLeftAtTheStartOfTheDay() {
    RankingListsType.Results r = run(HEADER, "1,A,融通创新组织榜,,某学会,全国学会\n", null);
    TableOutputs out = (TableOutputs) TYPE.outputs(BOOK, RULES, r, AS_OF);

    assertThat(out.report().table("截止时间").rows())
        .extracting(row -> row.get(0) + " " + row.get(2) + " " + row.get(3))
        .containsExactly(
            "学会秘书处报送截止 2023-11-20 17:00 还有 0 天 17 小时", "平台线上申报截止 2023-12-01 00:00 还有 11 天 0 小时");
  }

  @Test
  void disagreeingAndUnknownChannelsAreListedAndOnlyCommonKnownChannelsCount() {
    // Rows disagree (全国学会+中央企业科协 vs 全国学会): only 全国学会 counts, quota 2 for 融通创新组织榜,
    // so the third nomination is over. 街道科协 is not a channel: listed, adds nothing.
    RankingListsType.Results r =
        run(
            HEADER,
            "1,A,融通创新组织榜,,某学会,全国学会、中央企业科协、街道科协\n"
                + "2,B,融通创新组织榜,,某学会,全国学会\n"
                + "3,C,融通创新组织榜,,某学会,全国学会\n",
            null);

    assertThat(messages(r.problems()))
        .containsExactly(
            "推荐.csv line 3, column 推荐渠道: 某学会's channels differ from line 2 (全国学会 vs 全国学会、中央企业科协、街道科协); "
                + "only the channels on all its rows count",
            "推荐.csv line 4, column 推荐渠道: 某学会's channels differ from line 2 (全国学会 vs 全国学会、中央企业科协、街道科协); "
                + "only the channels on all its rows count",
            "推荐.csv line 2, column 推荐渠道: '街道科协' is not a known channel (全国学会, 省级科协, 副省级城市科协, 新疆生产建设兵团科协, "
                + "创新驱动示范市, 科创中国试点城市, 中央企业科协, 科创中国联合体成员单位, 其他有关单位); it adds no quota to 某学会");
    assertThat(candidates(r.outcome().violations().get(0).excluded())).containsExactly("C");
  }

  @Test
  void sameCandidateTwiceFromOneRecommenderCountsOnce() {
    NominationEngine.Outcome outcome = check("1,A,融通创新组织榜,,某学会,全国学会\n2,A,融通创新组织榜,,某学会,全国学会\n");

    assertThat(outcome.violations()).extracting(Violation::rule).containsExactly("重复推荐");
    assertThat(candidates(outcome.clean())).containsExactly("A");
  }

  @Test
  void rowsWithUnknownListOrFieldAreRefusedNamingTheColumn() {
    RankingListsType.Results r = run(HEADER, "1,A,最佳榜,,某学会,全国学会\n2,B,先导技术榜,人工智能,某学会,全国学会\n", null);

    assertThat(r.read().nominations()).isEmpty();
    assertThat(messages(r.problems()))
        .containsExactly(
            "推荐.csv line 2, column 榜单: '最佳榜' is not one of 先导技术榜, 新锐企业榜, 融通创新组织榜, 技术经理人先锋榜",
            "推荐.csv line 3, column 领域: '人工智能' is not a field of 先导技术榜; use one of 电子信息, 生物医药, 装备制造, 先进材料, 绿色低碳, 产业基础");
  }
}
