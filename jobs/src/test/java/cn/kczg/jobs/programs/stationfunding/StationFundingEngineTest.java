package cn.kczg.jobs.programs.stationfunding;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.programs.ProgramFixtures;
import cn.kczg.jobs.programs.RowProblem;
import cn.kczg.jobs.programs.TableOutputs;
import cn.kczg.reports.forms.Form;
import cn.kczg.schemas.program.Rulebook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StationFundingEngineTest {
  private static final Rulebook BOOK = ProgramFixtures.book("yueyang-2021-service-stations");
  private static final StationFundingType TYPE = new StationFundingType();
  private static final StationFundingRules RULES = TYPE.rules(BOOK);
  private static final StationFundingEngine ENGINE = new StationFundingEngine(RULES);
  private static final String HEADER = "服务站名称,级别,建站单位,建站单位类型,建站时间,产业链,考核结果,考核时间\n";

  @TempDir Path tmp;
  private Path list;

  private StationFundingType.Results run(LocalDate asOf, String rows, String... more) {
    String[] files = new String[2 + more.length];
    files[0] = "服务站.csv";
    files[1] = HEADER + rows;
    System.arraycopy(more, 0, files, 2, more.length);
    Path dir = ProgramFixtures.files(tmp.resolve("in"), files);
    list = dir.resolve("服务站.csv");
    return TYPE.compute(RULES, ProgramFixtures.read(BOOK, dir, asOf), asOf);
  }

  private Station station(String level, String founded, String assessment) {
    return run(
            LocalDate.of(2030, 1, 1),
            "甲站," + level + ",甲单位,县级科协," + founded + ",纺织," + assessment + ",\n")
        .decisions()
        .get(0)
        .station();
  }

  private List<String> messages(StationFundingType.Results r) {
    return r.problems().stream()
        .map(RowProblem::message)
        .map(m -> m.replace(list.toString(), "服务站.csv"))
        .toList();
  }

  private static List<String> statuses(StationFundingType.Results r) {
    return r.decisions().stream()
        .map(d -> d.station().name() + " " + d.status().label() + " " + d.amount().toPlainString())
        .toList();
  }

  @Test
  void stationIsEligibleOnTheExactSecondAnniversaryAndNotTheDayBefore() {
    // Founded 2021-04-01; 2021-04-01 + 2 years = 2023-04-01. 国家级 pays 100000 CNY.
    Station station = station("国家级", "2021-04-01", "合格");

    FundingDecision dayBefore = ENGINE.decide(station, LocalDate.of(2023, 3, 31));
    FundingDecision anniversary = ENGINE.decide(station, LocalDate.of(2023, 4, 1));

    assertThat(dayBefore.status()).isEqualTo(Eligibility.NOT_YET);
    assertThat(dayBefore.eligibleFrom()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(dayBefore.amount()).isEqualByComparingTo("0");
    assertThat(dayBefore.reason())
        .isEqualTo(
            "founded 2021-04-01, operating 2 full years from 2023-04-01: eligible from 2023-04-01 (already assessed 合格)");
    assertThat(anniversary.status()).isEqualTo(Eligibility.ELIGIBLE);
    assertThat(anniversary.amount()).isEqualByComparingTo("100000");
  }

  @Test
  void leapDayFoundingReachesItsAnniversaryOnTheTwentyEighth() {
    Station station = station("省级", "2024-02-29", "合格");

    assertThat(ENGINE.decide(station, LocalDate.of(2026, 2, 27)).status())
        .isEqualTo(Eligibility.NOT_YET);
    assertThat(ENGINE.decide(station, LocalDate.of(2026, 2, 28)).status())
        .isEqualTo(Eligibility.ELIGIBLE);
  }

  @Test
  void failedAssessmentIsNeverEligibleAndPendingWaits() {
    LocalDate asOf = LocalDate.of(2024, 1, 1);

    FundingDecision failed = ENGINE.decide(station("省级", "2021-04-01", "不合格"), asOf);
    FundingDecision pending = ENGINE.decide(station("省级", "2021-04-01", "未考核"), asOf);

    assertThat(failed.status()).isEqualTo(Eligibility.FAILED);
    assertThat(failed.eligibleFrom()).isNull();
    assertThat(failed.reason()).isEqualTo("assessed 不合格: never eligible");
    assertThat(pending.status()).isEqualTo(Eligibility.AWAITING_ASSESSMENT);
    assertThat(pending.reason())
        .isEqualTo(
            "founded 2021-04-01, operating 2 full years from 2023-04-01; eligible once assessed 合格");
  }

  @Test
  void totalAddsTheAmountsOfEligibleStationsOnly() {
    // As of 2023-06-30: A 国家级 2021-04-15 合格 -> 100000; B 省级 2021-05-20 合格 -> 50000;
    // C 省级 2022-03-10 合格 -> not yet (2024-03-10); D 国家级 2021-04-01 不合格 -> never.
    StationFundingType.Results r =
        run(
            LocalDate.of(2023, 6, 30),
            "A,国家级,a,县级科协,2021-04-15,纺织,合格,\nB,省级,b,县级科协,2021-05-20,食品加工,合格,\n"
                + "C,省级,c,县级科协,2022-03-10,乡村振兴,合格,\nD,国家级,d,县级科协,2021-04-01,工程机械,不合格,\n");

    assertThat(StationFundingEngine.total(r.decisions()))
        .isEqualByComparingTo(new BigDecimal("150000"));
    assertThat(r.decisions())
        .extracting(d -> d.station().name() + " " + d.status().label() + " " + d.eligibleFrom())
        .containsExactly("A 可资助 2023-04-15", "B 可资助 2023-05-20", "C 未满年限 2024-03-10", "D 不合格 null");
  }

  @Test
  void aStationFoundedBeforeTheMeasureIsNotNew() {
    StationFundingType.Results r =
        run(
            LocalDate.of(2023, 6, 30),
            "旧站,省级,a,县级科协,2021-03-21,纺织,合格,\n新站,省级,b,县级科协,2021-03-22,纺织,合格,\n");

    assertThat(statuses(r)).containsExactly("新站 可资助 50000", "旧站 非新建 0");
    assertThat(r.decisions().get(1).reason())
        .isEqualTo("founded 2021-03-21, before the measure of 2021-03-22: not a new station (新建)");
  }

  @Test
  void aFailedAssessmentBarsItsHostsOtherStationsFromThatDayOn() {
    // 第六条: 乙单位's 甲站 failed on 2023-05-15, so 乙单位's 乙站 is not funded from that day on.
    String rows =
        "甲站,省级,乙单位,县级科协,2021-04-01,纺织,不合格,2023-05-15\n"
            + "乙站,省级,乙单位,县级科协,2021-04-01,食品加工,合格,2023-04-20\n";

    assertThat(statuses(run(LocalDate.of(2023, 5, 14), rows)))
        .containsExactly("乙站 可资助 50000", "甲站 不合格 0");
    StationFundingType.Results after = run(LocalDate.of(2023, 5, 15), rows);
    assertThat(statuses(after)).containsExactly("乙站 建站单位不得申请 0", "甲站 不合格 0");
    assertThat(after.decisions().get(0).reason())
        .isEqualTo(
            "its host 乙单位 had 甲站 assessed 不合格 on 2023-05-15: barred from the same funding from then on (第六条)");
  }

  @Test
  void aStationInTheRecordOfPaymentsIsNotFundedTwice() {
    StationFundingType.Results r =
        run(
            LocalDate.of(2023, 6, 30),
            "甲站,省级,甲单位,县级科协,2021-04-01,纺织,合格,\n",
            "已资助记录.csv",
            "服务站名称,建站单位,资助金额(元),拨付日期\n甲站,甲单位,50000,2023-05-08\n");

    assertThat(statuses(r)).containsExactly("甲站 已资助 0");
    assertThat(r.decisions().get(0).reason())
        .isEqualTo("already paid on 2023-05-08 (50000 CNY); the funding is one-time (第五条)");
  }

  @Test
  void aHostOfAnotherTypeThanArticleTwoNamesIsListedButFunded() {
    StationFundingType.Results r =
        run(LocalDate.of(2023, 6, 30), "甲站,国家级,甲单位,企业科协,2021-04-01,纺织,合格,\n");

    assertThat(statuses(r)).containsExactly("甲站 可资助 100000");
    assertThat(messages(r))
        .containsExactly(
            "服务站.csv line 2: 甲站: its host 甲单位 is a 企业科协, but 第二条 hosts a 国家级 station at 县级科协 or 市级学会"
                + " in principle (listed for review; funding is not withheld)");
  }

  @Test
  void unknownChainIsFlaggedAndKeptOutOfFunding() {
    StationFundingType.Results r =
        run(LocalDate.of(2024, 1, 1), "甲站,国家级,甲单位,县级科协,2021-04-01,装备制造,合格,\n");

    assertThat(messages(r))
        .containsExactly(
            "服务站.csv line 2, column 产业链: '装备制造' is not one of the program's industry chains (石油化工及新材料、食品加工、电力能源、"
                + "现代物流、电子信息及人工智能、生物医药及应用、电磁及磁力设备、装配式建筑及建筑新材料、纺织、金属非金属新材料、工程机械、"
                + "节能环保和石油化工装备、文化旅游、乡村振兴); the station is not eligible until it is corrected");
    assertThat(r.decisions().get(0).status()).isEqualTo(Eligibility.UNKNOWN_CHAIN);
  }

  @Test
  void rowsWithUnknownLevelResultOrDateAreRefusedNamingTheColumn() {
    StationFundingType.Results r =
        run(LocalDate.of(2024, 1, 1), "甲站,县级,甲单位,,2021-04-01,纺织,良好,\n乙站,省级,乙单位,,去年,纺织,合格,\n");

    assertThat(r.decisions()).isEmpty();
    assertThat(messages(r))
        .containsExactly(
            "服务站.csv line 3: BAD_DATE: 建站时间 '去年' is not a date",
            "服务站.csv line 2, column 级别: '县级' is not one of 国家级, 省级, 市级",
            "服务站.csv line 2, column 考核结果: '良好' is not one of 合格, 不合格, 未考核");
  }

  @Test
  void eachEligibleStationGetsItsApplicationWithTheAmountInCapitalsAndItsRegistration() {
    StationFundingType.Results r =
        run(LocalDate.of(2023, 6, 30), "甲站,国家级,甲单位,县级科协,2021-04-01,纺织,合格,\n");
    TableOutputs out = (TableOutputs) TYPE.outputs(BOOK, RULES, r, LocalDate.of(2023, 6, 30));

    List<Form> forms = out.report().forms();
    assertThat(forms)
        .extracting(Form::fileName)
        .containsExactly("附件1-申请表-甲站.xlsx", "附件2-备案登记表-甲站.xlsx");
    List<String> texts =
        forms.stream()
            .flatMap(f -> f.rows().stream())
            .flatMap(row -> row.cells().stream())
            .map(Form.Cell::text)
            .toList();
    assertThat(texts)
        .contains("☑国家级 □省级", "¥ 100000；大写 壹拾万元整", "甲单位")
        .anyMatch(t -> t.startsWith("□石油化工及新材料") && t.contains("☑纺织"));
    assertThat(out.report().table("资助名单").rows().get(0)).contains("壹拾万元整");
  }
}
