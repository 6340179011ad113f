package cn.kczg.jobs.programs.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.jobs.programs.ProgramFixtures;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.program.Rulebook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class ScorecardRulesTest {
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
    ScorecardRules rules =
        ScorecardRules.from(ProgramFixtures.book("yueyang-2023-enterprise-association"));

    assertThat(rules.categories())
        .extracting(ScorecardRules.Category::max)
        .containsExactly(10, 20, 15, 15, 10, 15, 15);
    assertThat(rules.honours()).extracting(ScorecardRules.Honour::points).containsExactly(8, 5, 3);
    assertThat(rules.bonusCap()).isEqualTo(10);
    assertThat(rules.pointsPerDeduction()).isEqualTo(5);
    assertThat(rules.deductionTypes())
        .extracting(ScorecardRules.DeductionType::name)
        .containsExactly("未按要求完成市科协资助的项目任务", "未按市科协要求按时报送总结、报表等", "未完成市科协交办的其他工作");
    assertThat(rules.requirements().items())
        .extracting(ScorecardRules.Requirement::name)
        .containsExactly("有工作场地", "有活动场地", "有章程", "有领导机构", "有科协会员", "能按时换届");
    assertThat(rules.combine()).isEqualTo("mean");
  }

  @Test
  void brokenSectionListsEveryProblemAtOnce() {
    Rulebook book =
        ProgramFixtures.book(
            """
            id: broken
            type: scorecard
            title: broken
            scorecard:
              total_points: 100
              combine: median
              categories:
                - {name: 开展学术交流, max: 10, field: a}
                - {name: 组织技术攻关, field: a}
              bonus:
                honours:
                  - {level: 国家级, points: -8, field: n}
              deductions:
                points_per_item: 5
                types: [{name: 未完成}]
            """,
            "broken.yaml");

    assertThatThrownBy(() -> ScorecardRules.from(book))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "Rulebook broken.yaml has 7 problem(s):\n"
                + "  - scorecard.categories[1].max must be a whole number >= 1 (missing)\n"
                + "  - scorecard.bonus.cap must be a whole number >= 0 (missing)\n"
                + "  - scorecard.bonus.honours[0].points must be a whole number >= 1, not '-8'\n"
                + "  - scorecard.deductions.types[0].field is missing\n"
                + "  - scorecard.combine is 'median'; the engine knows only mean\n"
                + "  - scorecard.total_points is 100 but the categories' max add up to 11\n"
                + "  - scorecard: the field 'a' is used twice (categories, honours, deduction types and requirements each read their own field)");
  }
}
