package cn.kczg.jobs.programs.stationfunding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class StationFundingRulesTest {

  @Test
  void builtInRulebookHoldsTheNoticesNumbers() {
    StationFundingRules rules =
        StationFundingRules.from(Rulebooks.builtIn().get("yueyang-2021-service-stations"));

    assertThat(rules.operatingYears()).isEqualTo(2);
    assertThat(rules.funding()).containsOnlyKeys("国家级", "省级");
    assertThat(rules.funding().get("国家级")).isEqualByComparingTo("100000");
    assertThat(rules.funding().get("省级")).isEqualByComparingTo("50000");
    assertThat(rules.industryChains()).hasSize(14);
  }

  @Test
  void brokenSectionListsEveryProblemAtOnce() {
    String yaml =
        """
        id: broken
        type: station-funding
        title: broken
        station_funding:
          operating_years: 0
          funding:
            - {level: 国家级, amount: 100000}
            - {level: 国家级, amount: -5}
          unfunded_levels: [国家级]
          assessment: {qualified: 合格, failed: 合格}
          industry_chains: [纺织, 纺织]
        """;
    Rulebook book = Rulebooks.parse(yaml.getBytes(StandardCharsets.UTF_8), "broken.yaml");

    assertThatThrownBy(() -> StationFundingRules.from(book))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "Rulebook broken.yaml has 7 problem(s):\n"
                + "  - station_funding.operating_years must be a whole number >= 1, not '0'\n"
                + "  - station_funding.funding[1].amount must be a number >= 0, not '-5'\n"
                + "  - station_funding.funding[1]: level '国家级' is listed twice\n"
                + "  - station_funding: level '国家级' is both funded and in unfunded_levels\n"
                + "  - station_funding.assessment.pending is missing\n"
                + "  - station_funding.assessment: qualified, failed and pending must be three different results\n"
                + "  - station_funding.industry_chains lists '纺织' twice");
  }
}
