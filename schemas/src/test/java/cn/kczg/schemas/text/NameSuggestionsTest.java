package cn.kczg.schemas.text;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.text.NameSuggestions.Candidate;
import cn.kczg.schemas.text.NameSuggestions.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

final class NameSuggestionsTest {
  static final NameSuggestions REGISTRY =
      new NameSuggestions(
          List.of(
              new Candidate("A1", "衡阳市甲科技有限公司"),
              new Candidate("A2", "衡阳市甲科技有限责任公司"),
              new Candidate("B1", "衡阳市乙（集团）有限公司"),
              new Candidate("C1", "南华大学附属第一医院"),
              new Candidate("C2", "衡阳市中心医院")));

  @Test
  void levenshteinCountsCodePointEdits() {
    assertThat(
            NameSuggestions.levenshtein(
                "kitten".codePoints().toArray(), "sitting".codePoints().toArray()))
        .isEqualTo(3);
    assertThat(NameSuggestions.levenshtein(new int[0], "abc".codePoints().toArray())).isEqualTo(3);
    assertThat(NameSuggestions.similarity("衡阳市甲科技公司", "衡阳市甲科技有限公司")).isEqualTo(0.8);
  }

  @Test
  void nearMissNamesGetTheClosestRegistryNamesBestFirst() {
    assertThat(REGISTRY.closest("衡阳市甲科技公司", 3))
        .extracting(Suggestion::orgId)
        .containsExactly("A1", "A2");
    assertThat(REGISTRY.closest("衡阳市甲科技公司", 1))
        .singleElement()
        .extracting(Suggestion::label)
        .isEqualTo("衡阳市甲科技有限公司 [A1]");
  }

  @Test
  void fullWidthAndBlanksDoNotCostDistance() {
    assertThat(REGISTRY.closest("衡阳市乙(集团)有限 公司 ", 3).get(0))
        .satisfies(
            s -> {
              assertThat(s.orgId()).isEqualTo("B1");
              assertThat(s.similarity()).isEqualTo(1.0);
            });
  }

  @Test
  void unrelatedNamesGetNoSuggestion() {
    assertThat(REGISTRY.closest("不存在的公司", 3)).isEmpty();
    assertThat(REGISTRY.closest("", 3)).isEmpty();
  }

  @Test
  void atMostTheLimitIsOfferedAndTiesBreakByName() {
    // All four are one character off; by name: 丁 (U+4E01) < 丙 (U+4E19) < 乙 (U+4E59) < 甲 (U+7532).
    NameSuggestions three =
        new NameSuggestions(
            List.of(
                new Candidate("X3", "衡阳市丙医院"),
                new Candidate("X1", "衡阳市甲医院"),
                new Candidate("X2", "衡阳市乙医院"),
                new Candidate("X4", "衡阳市丁医院")));
    assertThat(three.closest("衡阳市戊医院", 3))
        .extracting(Suggestion::orgId)
        .containsExactly("X4", "X3", "X2");
  }
}
