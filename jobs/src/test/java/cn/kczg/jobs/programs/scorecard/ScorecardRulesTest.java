package cn.kczg.jobs.programs.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class ScorecardRulesTest {

  @Test
  void builtInRulebookHoldsTheNoticesNumbers() {
    ScorecardRules rules =
        ScorecardRules.from(Rulebooks.builtIn().get("yueyang-2023-enterprise-association"));

    assertThat(rules.categories())
        .extracting(ScorecardRules.Category::max)
        .containsExactly(10, 20, 15, 15, 10, 15, 15);
    assertThat(rules.honours()).extracting(ScorecardRules.Honour::points).containsExactly(8, 5, 3);
    assertThat(rules.bonusCap()).isEqualTo(10);
    assertThat(rules.pointsPerDeduction()).isEqualTo(5);
  }

  @Test
  void brokenSectionListsEveryProblemAtOnce() {
    String yaml =
        """
        id: broken
        type: scorecard
        title: broken
        scorecard:
          total_points: 100
          categories:
            - {name: 开展学术交流, max: 10}
            - {name: 组织技术攻关}
          bonus:
            honours:
              - {level: 国家级, points: -8, column: 国家级荣誉}
          deductions:
            points_per_item: 5
        """;
    Rulebook book = Rulebooks.parse(yaml.getBytes(StandardCharsets.UTF_8), "broken.yaml");

    assertThatThrownBy(() -> ScorecardRules.from(book))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "Rulebook broken.yaml has 5 problem(s):\n"
                + "  - scorecard.categories[1].max must be a whole number >= 1 (missing)\n"
                + "  - scorecard.bonus.cap must be a whole number >= 0 (missing)\n"
                + "  - scorecard.bonus.honours[0].points must be a whole number >= 1, not '-8'\n"
                + "  - scorecard.deductions.column is missing\n"
                + "  - scorecard.total_points is 100 but the categories' max add up to 11");
  }
}
