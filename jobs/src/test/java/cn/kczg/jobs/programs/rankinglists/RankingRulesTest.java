package cn.kczg.jobs.programs.rankinglists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class RankingRulesTest {

  @Test
  void builtInRulebookHoldsTheNoticesQuotas() {
    RankingRules rules = RankingRules.from(Rulebooks.builtIn().get("kczg-2023-ranking-lists"));

    assertThat(rules.lists())
        .extracting(RankingRules.ListRule::name, RankingRules.ListRule::quota)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("先导技术榜", 3),
                org.assertj.core.groups.Tuple.tuple("新锐企业榜", 5),
            org.assertj.core.groups.Tuple.tuple("融通创新组织榜", 2),
                org.assertj.core.groups.Tuple.tuple("技术经理人先锋榜", 2));
    assertThat(rules.list("先导技术榜").orElseThrow().fields()).hasSize(6);
    assertThat(rules.pioneer())
        .isEqualTo(new RankingRules.PioneerRule("2022年技术经理人先锋", "技术经理人先锋榜", 1));
    assertThat(rules.channelsAddUp()).isTrue();
  }

  @Test
  void brokenSectionListsEveryProblemAtOnce() {
    String yaml =
        """
        id: broken
        type: ranking-nominations
        title: broken
        ranking_nominations:
          lists:
            - {name: 新锐企业榜, quota: five}
            - {name: 新锐企业榜, quota: 2, fields: []}
          channels: [全国学会]
          pioneer: {channel: 全国学会, list: 明星榜, quota: 1}
          channels_add_up: yes please
        """;
    Rulebook book = Rulebooks.parse(yaml.getBytes(StandardCharsets.UTF_8), "broken.yaml");

    assertThatThrownBy(() -> RankingRules.from(book))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "Rulebook broken.yaml has 7 problem(s):\n"
                + "  - ranking_nominations.lists[0].quota must be a whole number >= 0, not 'five'\n"
                + "  - ranking_nominations.lists[1]: '新锐企业榜' is listed twice\n"
                + "  - ranking_nominations.lists[1].fields must list at least one name\n"
                + "  - ranking_nominations.pioneer.list '明星榜' is not one of the lists\n"
                + "  - ranking_nominations.pioneer.channel '全国学会' must not also be an ordinary channel\n"
                + "  - ranking_nominations.channels_add_up must be true or false\n"
                + "  - ranking_nominations.exclude_past_winners must be true or false");
  }
}
