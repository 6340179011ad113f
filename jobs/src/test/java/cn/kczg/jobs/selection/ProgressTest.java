package cn.kczg.jobs.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry problems read in English (--lang en). */
final class ProgressTest {
  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  private static final Rulebook HENGYANG = Rulebooks.builtIn().get("hengyang-2022");

  @Test
  void completionIsTheMeanOfCappedRatios() {
    // experts 12/10 -> 1, achievements 3/6 = .5, demands 3/3 = 1, news 15/30 = .5, activities 0/1 =
    // 0:
    // (1 + .5 + 1 + .5 + 0) / 5 = 0.6
    assertThat(
            Progress.completion(
                IndicatorCounts.of(12, 3, 3, 15, 0), IndicatorCounts.of(10, 6, 3, 30, 1)))
        .isCloseTo(0.6, within(1e-12));
  }

  @Test
  void targetIsMetAtExactlyTheNumber() {
    Organization org =
        new Organization(
            "E", "企业E", null, "企业", null, "", "衡南县科协", null, null, null, null, null, null);
    var rows =
        Progress.compute(HENGYANG, List.of(org), id -> IndicatorCounts.of(10, 6, 3, 30, 1)).rows();
    assertThat(rows)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.metAll()).isTrue();
              assertThat(p.completion()).isEqualTo(1.0);
            });
  }

  @Test
  void universityTargetsDependOnLevel() {
    Organization college =
        new Organization(
            "U1", "某职院", null, "高校", "高职大专", "", "市科协对口工作小组", null, null, null, null, null, null);
    Organization university =
        new Organization(
            "U2", "某大学", null, "高校", "本科", "", "市科协对口工作小组", null, null, null, null, null, null);
    IndicatorCounts counts = IndicatorCounts.of(45, 30, 3, 50, 1);
    var rows = Progress.compute(HENGYANG, List.of(college, university), id -> counts).rows();
    assertThat(rows)
        .extracting(
            p ->
                p.orgId()
                    + ":"
                    + p.metAll()
                    + ":"
                    + p.targets().get(cn.kczg.schemas.model.ItemKind.EXPERTS))
        .containsExactly("U1:true:30", "U2:false:60");
  }

  @Test
  void unknownCategoryAndMissingLevelAreReported() {
    Organization club =
        new Organization(
            "K", "某俱乐部", null, "俱乐部", null, "", "", null, null, null, null, null, null);
    Organization noLevel =
        new Organization("U", "某大学", null, "高校", null, "", "", null, null, null, null, null, null);
    var computed = Progress.compute(HENGYANG, List.of(club, noLevel), id -> IndicatorCounts.zero());
    assertThat(computed.rows()).isEmpty();
    assertThat(computed.problems())
        .containsExactly(
            "机构类型 '俱乐部' is not a category of hengyang-2022: 1 organization(s) left out of"
                + " progress and selection (e.g. K 某俱乐部). Use one of 市级学会, 高校, 医院, 企业 in the"
                + " registry, or add the category to the rulebook.",
            "办学层次 '' of 高校 has no targets in hengyang-2022: 1 organization(s) left out of"
                + " progress and selection (e.g. U 某大学). Set 办学层次 in the registry to a level the"
                + " rulebook has targets for.");
  }

  @Test
  void seventeenUnknownChannelsGiveSeventeenLinesNotOnePerOrganization() {
    List<Organization> orgs = new java.util.ArrayList<>();
    for (int i = 0; i < 2_496; i++) {
      String channel = "未知渠道" + (i % 17);
      orgs.add(
          new Organization(
              "E" + i, "企业" + i, null, "企业", null, "", channel, null, null, null, null, null,
              null));
    }
    orgs.add(
        new Organization(
            "OK", "好企业", null, "企业", null, "", "衡南县科协", null, null, null, null, null, null));
    var computed =
        Progress.compute(
            HENGYANG, orgs, id -> IndicatorCounts.of(10, 6, 3, 30, id.equals("E0") ? 1 : 0));
    assertThat(computed.rows()).hasSize(2_497);
    assertThat(computed.problems()).hasSize(17);
    assertThat(computed.problems().get(0))
        .isEqualTo(
            "推荐渠道 '未知渠道0' may not recommend 企业 under hengyang-2022 (the rulebook has no such"
                + " channel): 147 organization(s) cannot be recommended, 1 of them meeting every"
                + " target (e.g. E0 企业0, E17 企业17, E34 企业34, …). Add the channel (or the category"
                + " to it) in the rulebook's channels, or correct 推荐渠道 in the registry.");
  }
}
