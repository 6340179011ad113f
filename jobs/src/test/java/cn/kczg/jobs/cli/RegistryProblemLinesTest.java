package cn.kczg.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.selection.Progress;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.program.Rulebooks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code kczg run} on a registry with 17 unknown channels prints one line per channel, not one per
 * organization: the problems as computed, through the lines the run's summary prints. No Spark.
 */
final class RegistryProblemLinesTest {
  @Test
  void seventeenUnknownChannelsPrintSeventeenLines() {
    List<Organization> orgs = new ArrayList<>();
    for (int i = 0; i < 2_496; i++) {
      orgs.add(
          new Organization(
              "E" + i,
              "企业" + i,
              null,
              "企业",
              null,
              "",
              "渠道" + (i % 17),
              null,
              null,
              null,
              null,
              null,
              null));
    }
    var computed =
        Progress.compute(
            Rulebooks.builtIn().get("hengyang-2022"),
            orgs,
            id -> IndicatorCounts.of(10, 6, 3, 30, 1));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Summaries.printProblems(
        new PrintStream(bytes, true, StandardCharsets.UTF_8), computed.problems(), List.of());
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(17).allMatch(l -> l.startsWith("机构名录问题：推荐渠道“渠道"));
    assertThat(lines.get(0)).contains("147家机构无法被推荐，其中147家已全部达标");
  }
}
