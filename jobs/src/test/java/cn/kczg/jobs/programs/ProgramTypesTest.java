package cn.kczg.jobs.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class ProgramTypesTest {
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
  void theRegistryFindsEveryBuiltInTypeAndEveryBuiltInRulebookValidates() {
    assertThat(ProgramTypes.names())
        .contains(
            "indicator-targets",
            "ranking-nominations",
            "scorecard",
            "station-funding",
            "station-tasks")
        .isSorted();
    for (Rulebook book : Rulebooks.builtIn().all()) {
      ProgramTypes.validate(book);
    }
  }

  @Test
  void onlyIndicatorTargetsReadsTheWarehouse() {
    assertThat(Rulebooks.builtIn().all())
        .filteredOn(ProgramTypes::readsWarehouse)
        .extracting(Rulebook::id)
        .containsExactly("hengyang-2022");
  }

  @Test
  void unknownTypeIsRefusedNamingTheKnownTypes() {
    assertThatThrownBy(() -> ProgramTypes.forType("lottery"))
        .isInstanceOf(KczgException.class)
        .hasMessageStartingWith("No program type 'lottery'. Known types: indicator-targets, ")
        .hasMessageEndingWith(". Check the rulebook's 'type'.");
  }
}
