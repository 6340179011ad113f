package cn.kczg.jobs.programs.stationtasks;

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

final class StationTasksRulesTest {
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
  void builtInRulebookHoldsTheGuidesNumbers() {
    StationTasksRules rules =
        StationTasksRules.from(ProgramFixtures.book("hunan-2024-service-stations"));

    assertThat(rules.serviceType("乡村振兴").orElseThrow().targets())
        .containsEntry("experts", 10)
        .containsEntry("online_activities", 10)
        .containsEntry("offline_activities", 3);
    assertThat(rules.serviceType("企业创新").orElseThrow().targets()).isEmpty();
    assertThat(rules.deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(rules.applicantTypes()).containsExactly("省级学会", "市州科协");
    assertThat(rules.repeat())
        .isEqualTo(
            new StationTasksRules.RepeatRule("学会服务站建设", 2, 2024, java.util.List.of("连续支持", "委托")));
    assertThat(rules.kinds()).containsExactly("experts", "activities");
  }

  @Test
  void brokenSectionListsEveryProblemAtOnce() {
    Rulebook book =
        ProgramFixtures.book(
            """
            id: broken
            type: station-tasks
            title: broken
            station_tasks:
              indicators:
                - {id: experts, label: 专家, unit: 人, kind: experts}
                - {id: experts, label: 专家, kind: experts}
              service_types:
                - {name: 乡村振兴, targets: {experts: 0, offline: 3}}
                - {name: 乡村振兴}
              forecast_window_days: 0
            """,
            "broken.yaml");

    assertThatThrownBy(() -> StationTasksRules.from(book))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "Rulebook broken.yaml has 7 problem(s):\n"
                + "  - deadline is missing: the day the stations' tasks must be done by\n"
                + "  - station_tasks.indicators[1].unit is missing\n"
                + "  - station_tasks.indicators[1]: indicator 'experts' is listed twice\n"
                + "  - station_tasks.service_types[0].targets.experts must be a whole number >= 1, not '0'\n"
                + "  - station_tasks.service_types[0].targets: 'offline' is not one of the indicators\n"
                + "  - station_tasks.service_types[1]: '乡村振兴' is listed twice\n"
                + "  - station_tasks.forecast_window_days must be a whole number >= 1, not '0'");
  }
}
