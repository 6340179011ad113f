package cn.kczg.schemas.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.program.Rulebooks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class IntegrityRulesTest {
  /** These tests read the English wording (--lang en); Chinese is the default. */
  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  private static final String HEAD =
      """
      id: t
      title: test
      categories:
        - {name: 企业, quota: 1, targets: {experts: 1, achievements: 1, demands: 1, news: 1, activities: 1}}
      """;

  private static IntegrityRules load(String section) {
    var book = Rulebooks.parse((HEAD + section).getBytes(StandardCharsets.UTF_8), "t.yaml");
    return IntegrityRules.of(book.sections());
  }

  @Test
  void hengyangHasEveryCheckOnByDefault() {
    IntegrityRules rules = IntegrityRules.of(Rulebooks.builtIn().get("hengyang-2022").sections());
    assertThat(rules.rules())
        .extracting(IntegrityRule::check)
        .containsExactly("duplicate-expert", "padded-titles", "burst", "withdrawn-after-count");
    assertThat(rules.rules()).allMatch(IntegrityRule::enabled);
    assertThat(rules.enabled(BurstRule.class))
        .contains(new BurstRule(true, 28, 2, 5.0, 10, true, true));
    assertThat(rules.enabled(PaddedTitleRule.class).orElseThrow().minCopies()).isEqualTo(4);
    assertThat(rules.enabled(WithdrawnRule.class).orElseThrow().minItems()).isEqualTo(3);
  }

  @Test
  void omittedSettingsTakeTheirDefaults() {
    IntegrityRules rules =
        load("integrity:\n  - {check: padded-titles, kinds: [资讯], distinct_titles_only: true}\n");
    assertThat(rules.enabled(PaddedTitleRule.class))
        .contains(
            new PaddedTitleRule(
                true,
                List.of(ItemKind.NEWS),
                3,
                true,
                List.of("周报", "月报", "旬报", "季报", "年报", "日报", "简报", "快报", "周刊", "月刊"),
                3));
  }

  @Test
  void duplicateExpertComparesIdentifiersStrongestFirstAndFlagsNameMatchesByDefault() {
    DuplicateExpertRule rule =
        load("integrity:\n  - {check: duplicate-expert}\n")
            .enabled(DuplicateExpertRule.class)
            .orElseThrow();
    assertThat(rule.identifiers()).containsExactly("id_number", "phone", "email");
    assertThat(rule.strengths()).containsExactly("id_number", "phone", "email", "name");
    assertThat(rule.flags("name")).isTrue();
  }

  @Test
  void minStrengthLeavesWeakerMatchesUnflagged() {
    DuplicateExpertRule rule =
        load("integrity:\n"
                + "  - {check: duplicate-expert, identifiers: [phone, id_number],"
                + " min_strength: id_number}\n")
            .enabled(DuplicateExpertRule.class)
            .orElseThrow();
    assertThat(rule.strengths()).containsExactly("phone", "id_number", "name");
    assertThat(rule.flags("phone")).isTrue();
    assertThat(rule.flags("id_number")).isTrue();
    assertThat(rule.flags("name")).isFalse();
  }

  @Test
  void identifiersAndMinStrengthMustNameKnownFields() {
    assertThatThrownBy(
            () ->
                load(
                    "integrity:\n"
                        + "  - {check: duplicate-expert, identifiers: [phone, wechat],"
                        + " min_strength: email}\n"
                        + "  - {check: padded-titles, series_min_issues: 1, series_words: 周报}\n"
                        + "  - {check: burst, since_previous_drop: sometimes}\n"))
        .isInstanceOf(KczgException.class)
        .hasMessageContaining("t.yaml has 5 problem(s)")
        .hasMessageContaining(
            "integrity[1] (duplicate-expert): 'identifiers' names 'wechat', which is not one of"
                + " [id_number, phone, email]")
        .hasMessageContaining(
            "integrity[1] (duplicate-expert): 'min_strength' must be one of [phone, name]"
                + " (found: email)")
        .hasMessageContaining(
            "integrity[2] (padded-titles): 'series_min_issues' must be a whole number >= 2")
        .hasMessageContaining(
            "integrity[2] (padded-titles): 'series_words' must list at least one text")
        .hasMessageContaining("integrity[3] (burst): 'since_previous_drop' must be true or false");
  }

  @Test
  void disabledCheckIsKeptButNotEnabled() {
    IntegrityRules rules = load("integrity:\n  - {check: burst, enabled: false}\n");
    assertThat(rules.rules()).hasSize(1);
    assertThat(rules.enabled(BurstRule.class)).isEmpty();
    assertThat(rules.any()).isFalse();
  }

  @Test
  void unknownCheckTypeIsANoteNotAnError() {
    IntegrityRules rules = load("integrity:\n  - {check: ghost-writers}\n  - {check: burst}\n");
    assertThat(rules.rules()).extracting(IntegrityRule::check).containsExactly("burst");
    assertThat(rules.notes())
        .singleElement()
        .asString()
        .contains("integrity[1]", "'ghost-writers' is not known", "burst", "padded-titles");
  }

  @Test
  void everyWrongSettingIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                load(
                    """
        integrity:
          - {check: burst, k: -1, min_count: many, lookback_dayz: 10}
          - {check: padded-titles, kinds: [news, gossip], min_copies: 1}
          - {check: duplicate-expert, count_duplicate_experts_once: yes please}
          - {enabled: true}
        """))
        .isInstanceOf(KczgException.class)
        .hasMessageContaining("t.yaml has 7 problem(s)")
        .hasMessageContaining("integrity[1] (burst): 'k' must be a number >= 1.0 (found: -1)")
        .hasMessageContaining(
            "integrity[1] (burst): 'min_count' must be a whole number >= 2 (found: many)")
        .hasMessageContaining("integrity[1] (burst): setting 'lookback_dayz' is not known")
        .hasMessageContaining(
            "integrity[2] (padded-titles): 'kinds' names 'gossip', which is not a kind")
        .hasMessageContaining(
            "integrity[2] (padded-titles): 'min_copies' must be a whole number >= 2")
        .hasMessageContaining(
            "integrity[3] (duplicate-expert): 'count_duplicate_experts_once' must be true or false")
        .hasMessageContaining("integrity[4]: each entry needs 'check'");
  }

  @Test
  void sectionMustBeAList() {
    List<String> problems = new ArrayList<>();
    IntegrityRules.read(java.util.Map.of("check", "burst"), problems);
    assertThat(problems)
        .containsExactly("'integrity' must list checks, e.g. - {check: burst, k: 5}");
  }
}
