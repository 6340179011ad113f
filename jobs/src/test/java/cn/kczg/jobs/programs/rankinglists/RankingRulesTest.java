package cn.kczg.jobs.programs.rankinglists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.kczg.jobs.programs.ProgramFixtures;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.program.Rulebook;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class RankingRulesTest {
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
  void builtInRulebookHoldsTheNoticesQuotasDeadlinesAndReviewers() {
    RankingRules rules = RankingRules.from(ProgramFixtures.book("kczg-2023-ranking-lists"));

    assertThat(rules.lists())
        .extracting(RankingRules.ListRule::name, RankingRules.ListRule::quota)
        .containsExactly(
            tuple("先导技术榜", 3), tuple("新锐企业榜", 5), tuple("融通创新组织榜", 2), tuple("技术经理人先锋榜", 2));
    assertThat(rules.list("先导技术榜").orElseThrow().fields()).hasSize(6);
    assertThat(rules.pioneer())
        .isEqualTo(new RankingRules.PioneerRule("2022年技术经理人先锋", "技术经理人先锋榜", 2022, 1));
    assertThat(rules.channelsAddUp()).isTrue();
    assertThat(rules.deadlines())
        .extracting(RankingRules.Deadline::at)
        .containsExactly(
            LocalDateTime.of(2023, 11, 20, 17, 0), LocalDateTime.of(2023, 12, 1, 0, 0));
    assertThat(rules.submissionDeadline().orElseThrow().clause()).isEqualTo("六");
    assertThat(rules.reviewer("先导技术榜", "产业基础").orElseThrow().reviewer()).isEqualTo("中国科协智能制造学会联合体");
    assertThat(rules.reviewer("技术经理人先锋榜", "").orElseThrow().contact()).isEqualTo("李沐谦");
  }

  @Test
  void brokenSectionListsEveryProblemAtOnce() {
    Rulebook book =
        ProgramFixtures.book(
            """
            id: broken
            type: ranking-nominations
            title: broken
            ranking_nominations:
              lists:
                - {name: 新锐企业榜, quota: five}
                - {name: 新锐企业榜, quota: 2, fields: []}
              channels: [全国学会]
              pioneer: {channel: 全国学会, list: 明星榜, year: 2022, quota: 1}
              channels_add_up: yes please
              deadlines:
                - {name: 报送, at: "2023-11-31 17:00", clause: 六, submissions: true}
              reviewers:
                - {list: 明星榜, reviewer: 某机构, contact: 某人, phone: "1"}
            """,
            "broken.yaml");

    assertThatThrownBy(() -> RankingRules.from(book))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "Rulebook broken.yaml has 10 problem(s):\n"
                + "  - ranking_nominations.lists[0].quota must be a whole number >= 0, not 'five'\n"
                + "  - ranking_nominations.lists[1]: '新锐企业榜' is listed twice\n"
                + "  - ranking_nominations.lists[1].fields must list at least one name\n"
                + "  - ranking_nominations.pioneer.list '明星榜' is not one of the lists\n"
                + "  - ranking_nominations.pioneer.channel '全国学会' must not also be an ordinary channel\n"
                + "  - ranking_nominations.channels_add_up must be true or false, not 'yes please'\n"
                + "  - ranking_nominations.exclude_past_winners must be true or false (missing)\n"
                + "  - ranking_nominations.deadlines[0].at must be a date and time YYYY-MM-DD HH:MM, not '2023-11-31 17:00'\n"
                + "  - ranking_nominations.reviewers: 新锐企业榜 has 0 reviewers; give exactly one\n"
                + "  - ranking_nominations.reviewers: '明星榜' is not one of the lists");
  }
}
