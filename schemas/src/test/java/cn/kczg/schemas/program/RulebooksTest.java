package cn.kczg.schemas.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.ErrorCode;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.IndicatorCounts;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class RulebooksTest {
  /** These tests read the English wording (--lang en); Chinese is the default. */
  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  private static Rulebook parse(String yaml) {
    return Rulebooks.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml");
  }

  @Test
  void hengyangRulebookCarriesTheNoticesNumbers() {
    Rulebook book = Rulebooks.builtIn().get("hengyang-2022");
    assertThat(book.deadline()).isEqualTo(LocalDate.of(2022, 7, 29));
    assertThat(book.categories())
        .extracting(CategoryRule::name, CategoryRule::quota)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("市级学会", 3),
                org.assertj.core.groups.Tuple.tuple("高校", 3),
            org.assertj.core.groups.Tuple.tuple("医院", 2),
                org.assertj.core.groups.Tuple.tuple("企业", 90));
    CategoryRule universities = book.category("高校").orElseThrow();
    assertThat(universities.targetsFor("本科").orElseThrow().targets())
        .isEqualTo(IndicatorCounts.of(60, 30, 3, 50, 1));
    assertThat(universities.targetsFor("高职大专").orElseThrow().targets())
        .isEqualTo(IndicatorCounts.of(30, 30, 3, 50, 1));
    assertThat(book.category("企业").orElseThrow().targetsFor(null).orElseThrow().targets())
        .isEqualTo(IndicatorCounts.of(10, 6, 3, 30, 1));
    // Twelve county-level associations, three parks and the federation recommend 10 enterprises
    // each.
    assertThat(
            book.channels().stream()
                .filter(c -> c.categories().contains("企业"))
                .mapToInt(ChannelRule::slots)
                .sum())
        .isEqualTo(160);
  }

  @Test
  void everyProblemOfABrokenRulebookIsListedAtOnce() {
    String yaml =
        """
        id: broken
        deadline: 2022-13-01
        score: votes
        categories:
          - name: 企业
            quota: -1
            distribution: lottery
            targets: {experts: 10, achievements: 0, demands: 3, news: 30, likes: 5}
          - name: 企业
            quota: 1
        channels:
          - {name: 衡南县科协, slots: 10, categories: [工厂]}
        """;
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(KczgException.class)
        .satisfies(e -> assertThat(((KczgException) e).code()).isEqualTo(ErrorCode.BAD_RULEBOOK))
        .hasMessage(
            """
            Rulebook test.yaml has 11 problem(s):
              - 'title' is missing
              - 'deadline' must be a date YYYY-MM-DD
              - score 'votes' is not known; use completion
              - category '企业': 'quota' must be a whole number >= 0
              - category '企业': 'distribution' must be rank-under-cap, hamilton or dhondt
              - category '企业': target 'achievements' must be a whole number >= 1
              - category '企业': target 'activities' must be a whole number >= 1
              - category '企业': 'likes' is not an indicator (experts, achievements, demands, news, activities)
              - category '企业' is listed twice
              - category '企业': give 'targets' or 'levels'
              - channel '衡南县科协': category '工厂' is not one of the program's categories""");
  }

  @Test
  void everyProblemOfTheSelectionStagesIsListedAtOnce() {
    String yaml =
        """
        id: stages
        title: 两阶段
        tie_breaks: [org_id, total, lottery]
        categories:
          - name: 企业
            quota: 90
            tolerance: -2
            targets: {experts: 1, achievements: 1, demands: 1, news: 1, activities: 1}
          - name: 医院
            quota: 2
            tolerance: 1
            distribution: hamilton
            targets: {experts: 1, achievements: 1, demands: 1, news: 1, activities: 1}
        channels:
          - {name: 小组, slots: 3, categories: [医院], category_slots: {企业: 2, 医院: x}}
        """;
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            """
            Rulebook test.yaml has 6 problem(s):
              - category '企业': 'tolerance' must be a whole number >= 0 (0: the quota is exact)
              - category '医院': 'tolerance' applies to rank-under-cap only; set it to 0 or use rank-under-cap
              - channel '小组': category_slots names '企业', which the channel does not recommend
              - channel '小组': category_slots '医院' must be a whole number >= 0
              - tie_breaks: 'lottery' is not known; use completion, total, org_id
              - tie_breaks must end with org_id, so that no two organizations share a place; add org_id last""");
  }

  @Test
  void theBuiltInProgramStatesItsTwoStagesAsData() {
    Rulebook book = Rulebooks.builtIn().get("hengyang-2022");
    assertThat(book.tieBreaks())
        .containsExactly(TieBreak.COMPLETION, TieBreak.TOTAL, TieBreak.ORG_ID);
    assertThat(book.categories())
        .extracting(CategoryRule::name, CategoryRule::quota, CategoryRule::tolerance)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("市级学会", 3, 0),
            org.assertj.core.groups.Tuple.tuple("高校", 3, 0),
            org.assertj.core.groups.Tuple.tuple("医院", 2, 0),
            org.assertj.core.groups.Tuple.tuple("企业", 90, 5));
    ChannelRule group = book.channel("市科协对口工作小组").orElseThrow();
    assertThat(group.slotsFor("高校")).isEqualTo(3);
    assertThat(group.slotsFor("医院")).isEqualTo(2);
    assertThat(book.channel("衡南县科协").orElseThrow().slotsFor("企业")).isEqualTo(10);
  }

  @Test
  void unknownProgramNamesTheKnownOnes() {
    assertThatThrownBy(() -> Rulebooks.builtIn().get("nope"))
        .isInstanceOf(KczgException.class)
        .hasMessageStartingWith("No program 'nope'. Known programs: hengyang-2022, ");
  }
}
