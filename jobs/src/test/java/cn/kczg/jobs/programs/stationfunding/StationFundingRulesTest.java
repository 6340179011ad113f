package cn.kczg.jobs.programs.stationfunding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.jobs.programs.ProgramFixtures;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.program.Rulebook;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class StationFundingRulesTest {
  /** These tests read the English wording (--lang en); Chinese is the default. */
  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  @Test
  void builtInRulebookHoldsTheNoticesNumbers() {
    StationFundingRules rules =
        StationFundingRules.from(ProgramFixtures.book("yueyang-2021-service-stations"));

    assertThat(rules.operatingYears()).isEqualTo(2);
    assertThat(rules.newSince()).isEqualTo(LocalDate.of(2021, 3, 22));
    assertThat(rules.funding()).containsEntry("国家级", new java.math.BigDecimal("100000"));
    assertThat(rules.funding()).containsEntry("省级", new java.math.BigDecimal("50000"));
    assertThat(rules.unfundedLevels()).containsExactly("市级");
    assertThat(rules.hostTypes().get("国家级")).containsExactly("县级科协", "市级学会");
    assertThat(rules.hostTypesStrict()).isFalse();
    assertThat(rules.industryChains()).hasSize(14);
    assertThat(rules.forms()).containsOnlyKeys("application", "registration");
  }

  @Test
  void brokenSectionListsEveryProblemAtOnce() {
    Rulebook book =
        ProgramFixtures.book(
            """
            id: broken
            type: station-funding
            title: broken
            station_funding:
              operating_years: 0
              new_since: soon
              funding:
                - {level: 国家级, amount: 100000}
                - {level: 国家级, amount: -5}
              unfunded_levels: [国家级]
              assessment: {qualified: 合格, failed: 合格}
              host_types: {县级: [县级科协]}
              industry_chains: [纺织, 纺织]
              forms:
                application:
                  file: "{station}.xlsx"
                  title: 申请表
                  widths: [10, 10]
                  rows:
                    - [{label: 名称}, {value: "{nickname}"}]
                    - [{label: 名称}]
            """,
            "broken.yaml");

    assertThatThrownBy(() -> StationFundingRules.from(book))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "Rulebook broken.yaml has 11 problem(s):\n"
                + "  - station_funding.operating_years must be a whole number >= 1, not '0'\n"
                + "  - station_funding.new_since must be a date YYYY-MM-DD, not 'soon'\n"
                + "  - station_funding.funding[1].amount must be a number >= 0, not '-5'\n"
                + "  - station_funding.funding[1]: level '国家级' is listed twice\n"
                + "  - station_funding: level '国家级' is both funded and in unfunded_levels\n"
                + "  - station_funding.assessment.pending is missing\n"
                + "  - station_funding.assessment: qualified, failed and pending must be three different results\n"
                + "  - station_funding.host_types: '县级' is not a level of the program\n"
                + "  - station_funding.industry_chains lists '纺织' twice\n"
                + "  - station_funding.forms.application.rows[1] spans 1 columns; the form has 2\n"
                + "  - station_funding.forms.application: placeholder {nickname} is not one this form offers ("
                + String.join(", ", StationForms.placeholders().stream().sorted().toList())
                + ")");
  }
}
