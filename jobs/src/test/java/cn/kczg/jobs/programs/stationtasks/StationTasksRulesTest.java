package cn.kczg.jobs.programs.stationtasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class StationTasksRulesTest {

  @Test
  void builtInRulebookHoldsTheGuidesNumbers() {
    StationTasksRules rules =
        StationTasksRules.from(Rulebooks.builtIn().get("hunan-2024-service-stations"));

    assertThat(rules.serviceType("乡村振兴").orElseThrow().targets())
        .containsEntry(Metric.EXPERTS, 10)
        .containsEntry(Metric.ONLINE_ACTIVITIES, 10)
        .containsEntry(Metric.OFFLINE_ACTIVITIES, 3);
    assertThat(rules.serviceType("企业创新").orElseThrow().targets()).isEmpty();
  }

  @Test
  void brokenSectionListsEveryProblemAtOnce() {
    String yaml =
        """
        id: broken
        type: station-tasks
        title: broken
        station_tasks:
          service_types:
            - {name: 乡村振兴, experts: 0, offline: 3}
            - {name: 乡村振兴}
          activity_forms: {online: 线上, offline: 线上}
        """;
    Rulebook book = Rulebooks.parse(yaml.getBytes(StandardCharsets.UTF_8), "broken.yaml");

    assertThatThrownBy(() -> StationTasksRules.from(book))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "Rulebook broken.yaml has 4 problem(s):\n"
                + "  - station_tasks.service_types[0].experts must be a whole number >= 1, not '0'\n"
                + "  - station_tasks.service_types[0]: 'offline' is not a task (experts, online_activities, offline_activities)\n"
                + "  - station_tasks.service_types[1]: '乡村振兴' is listed twice\n"
                + "  - station_tasks.activity_forms: online and offline must differ");
  }
}
