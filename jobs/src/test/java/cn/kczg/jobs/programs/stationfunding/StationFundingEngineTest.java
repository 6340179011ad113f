package cn.kczg.jobs.programs.stationfunding;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.programs.table.InputTable;
import cn.kczg.jobs.programs.table.RowProblem;
import cn.kczg.schemas.program.Rulebooks;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class StationFundingEngineTest {
  private static final StationFundingRules RULES =
      StationFundingRules.from(Rulebooks.builtIn().get("yueyang-2021-service-stations"));
  private static final StationFundingEngine ENGINE = new StationFundingEngine(RULES);

  private static StationReader.Result read(String rows) {
    String csv = "服务站名称,级别,建站单位,建站时间,产业链,考核结果\n" + rows;
    InputTable table =
        InputTable.read(
            csv.getBytes(StandardCharsets.UTF_8),
            "服务站.csv",
            StationReader.COLUMNS,
            RULES.program());
    return new StationReader(RULES).read(table);
  }

  private static Station station(String level, String founded, String assessment) {
    return read("甲站," + level + ",甲单位," + founded + ",纺织," + assessment + "\n").stations().get(0);
  }

  @Test
  void stationIsEligibleOnTheExactSecondAnniversaryAndNotTheDayBefore() {
    // Founded 2021-03-01; 2021-03-01 + 2 years = 2023-03-01. 国家级 pays 100000 CNY.
    Station station = station("国家级", "2021-03-01", "合格");

    FundingDecision dayBefore = ENGINE.decide(station, LocalDate.of(2023, 2, 28));
    FundingDecision anniversary = ENGINE.decide(station, LocalDate.of(2023, 3, 1));

    assertThat(dayBefore.status()).isEqualTo(Eligibility.NOT_YET);
    assertThat(dayBefore.eligibleFrom()).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(dayBefore.amount()).isEqualByComparingTo("0");
    assertThat(dayBefore.reason())
        .isEqualTo(
            "founded 2021-03-01, operating 2 full years from 2023-03-01: eligible from 2023-03-01 (already assessed 合格)");
    assertThat(anniversary.status()).isEqualTo(Eligibility.ELIGIBLE);
    assertThat(anniversary.amount()).isEqualByComparingTo("100000");
  }

  @Test
  void leapDayFoundingReachesItsAnniversaryOnTheTwentyEighth() {
    Station station = station("省级", "2020-02-29", "合格");

    assertThat(ENGINE.decide(station, LocalDate.of(2022, 2, 27)).status())
        .isEqualTo(Eligibility.NOT_YET);
    assertThat(ENGINE.decide(station, LocalDate.of(2022, 2, 28)).status())
        .isEqualTo(Eligibility.ELIGIBLE);
  }

  @Test
  void failedAssessmentIsNeverEligibleAndPendingWaits() {
    LocalDate asOf = LocalDate.of(2024, 1, 1);

    FundingDecision failed = ENGINE.decide(station("省级", "2021-01-01", "不合格"), asOf);
    FundingDecision pending = ENGINE.decide(station("省级", "2021-01-01", "未考核"), asOf);

    assertThat(failed.status()).isEqualTo(Eligibility.FAILED);
    assertThat(failed.eligibleFrom()).isNull();
    assertThat(failed.reason()).isEqualTo("assessed 不合格: never eligible");
    assertThat(pending.status()).isEqualTo(Eligibility.AWAITING_ASSESSMENT);
    assertThat(pending.reason())
        .isEqualTo(
            "founded 2021-01-01, operating 2 full years from 2023-01-01; eligible once assessed 合格");
  }

  @Test
  void totalAddsTheAmountsOfEligibleStationsOnly() {
    // As of 2023-06-30: A 国家级 2021-04-15 合格 -> 100000; B 省级 2021-05-20 合格 -> 50000;
    // C 省级 2022-03-10 合格 -> not yet (2024-03-10); D 国家级 2021-01-01 不合格 -> never.
    // Total 100000 + 50000 = 150000.
    StationReader.Result list =
        read(
            "A,国家级,a,2021-04-15,纺织,合格\nB,省级,b,2021-05-20,食品加工,合格\nC,省级,c,2022-03-10,乡村振兴,合格\n"
                + "D,国家级,d,2021-01-01,工程机械,不合格\n");

    List<FundingDecision> decisions = ENGINE.decide(list.stations(), LocalDate.of(2023, 6, 30));

    assertThat(StationFundingEngine.total(decisions))
        .isEqualByComparingTo(new BigDecimal("150000"));
    assertThat(decisions)
        .extracting(d -> d.station().name() + " " + d.status().label() + " " + d.eligibleFrom())
        .containsExactly("A 可资助 2023-04-15", "B 可资助 2023-05-20", "C 未满年限 2024-03-10", "D 不合格 null");
  }

  @Test
  void unknownChainIsFlaggedAndKeptOutOfFunding() {
    StationReader.Result list = read("甲站,国家级,甲单位,2020-01-01,装备制造,合格\n");

    assertThat(list.problems())
        .extracting(RowProblem::message)
        .containsExactly(
            "服务站.csv line 2, column 产业链: '装备制造' is not one of the program's industry chains (石油化工及新材料、食品加工、电力能源、"
                + "现代物流、电子信息及人工智能、生物医药及应用、电磁及磁力设备、装配式建筑及建筑新材料、纺织、金属非金属新材料、工程机械、"
                + "节能环保和石油化工装备、文化旅游、乡村振兴); the station is not eligible until it is corrected");
    assertThat(ENGINE.decide(list.stations().get(0), LocalDate.of(2024, 1, 1)).status())
        .isEqualTo(Eligibility.UNKNOWN_CHAIN);
  }

  @Test
  void rowsWithUnknownLevelResultOrDateAreRefusedNamingTheColumn() {
    StationReader.Result list = read("甲站,县级,甲单位,去年,纺织,良好\n");

    assertThat(list.stations()).isEmpty();
    assertThat(list.problems())
        .extracting(RowProblem::message)
        .containsExactly(
            "服务站.csv line 2, column 级别: '县级' is not one of 国家级, 省级, 市级",
            "服务站.csv line 2, column 考核结果: '良好' is not one of 合格, 不合格, 未考核",
            "服务站.csv line 2, column 建站时间: '去年' is not a date; write it as 2021-03-22");
  }
}
