package cn.kczg.jobs.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.ingest.IngestJob;
import cn.kczg.jobs.run.ProgramRun;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.jobs.spark.SharedSpark;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.samples.SampleGenerator;
import cn.kczg.schemas.program.Rulebooks;
import cn.kczg.schemas.source.SourceDefinitions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's planted cases and benign look-alikes ({@code planted.csv} of a benchmark inbox)
 * through the ingest and a run of hengyang-2022: every planted case is flagged by its check, no
 * look-alike by any check, and no generated organization (common names, newsletters) for duplicate
 * experts or padded titles. The same cases sit in every {@code SampleGenerator scale} inbox, where
 * bench/integrity-precision.sh measures precision and recall at 1M items.
 */
final class PlantedCasesTest {
  private static final LocalDate LAST_DROP = LocalDate.of(2022, 7, 11);

  @TempDir static Path tmp;
  static List<String[]> planted;
  static Map<String, Set<String>> checksByOrg;

  @BeforeAll
  static void generateIngestAndRun() throws IOException {
    Path inbox = tmp.resolve("inbox");
    SampleGenerator.run(
        "scale",
        "--orgs",
        "200",
        "--items",
        "12000",
        "--drops",
        "3",
        "--out",
        inbox.toString(),
        "--refused-file",
        "yes");
    planted =
        Files.readAllLines(inbox.resolve("planted.csv"), StandardCharsets.UTF_8).stream()
            .skip(1)
            .map(l -> l.split(",", -1))
            .toList();
    Warehouse warehouse = new Warehouse(tmp.resolve("wh").toString(), SharedSpark.session());
    new IngestJob(warehouse, SourceDefinitions.builtIn(), s -> {}).execute(inbox);
    RunResult run =
        new ProgramRun(warehouse, Map.of(), s -> {})
            .execute(Rulebooks.builtIn().get("hengyang-2022"), LAST_DROP);
    checksByOrg =
        run.integrity().findings().stream()
            .collect(
                Collectors.groupingBy(
                    Finding::orgId, Collectors.mapping(Finding::check, Collectors.toSet())));
  }

  private static List<String[]> expected(String outcome) {
    return planted.stream().filter(c -> c[4].equals(outcome)).toList();
  }

  @Test
  void theInboxPlantsEveryCaseAndLookAlike() {
    assertThat(planted.stream().map(c -> c[0]).distinct())
        .contains(
            "burst-newest-drop",
            "burst-refused-drop",
            "duplicate-phone",
            "duplicate-id-number",
            "padded-identical",
            "padded-variants",
            "series-repeated-issue",
            "numbered-one-day",
            "withdrawn-after-count",
            "common-name",
            "shared-office-phone",
            "newsletter-numbered",
            "newsletter-weekly-title",
            "newsletter-issue-number",
            "newsletter-period",
            "steady-daily",
            "steady-daily-high");
  }

  @Test
  void everyPlantedCaseIsFlaggedByItsCheck() {
    for (String[] c : expected("flag")) {
      assertThat(checksByOrg.getOrDefault(c[2], Set.of())).as(c[0] + " " + c[2]).contains(c[1]);
    }
  }

  @Test
  void duplicateExpertsAndPaddedTitlesFlagThePlantedCasesOnly() {
    // Among the generated organizations namesakes abound (one expert in ten has one of China's
    // commonest names) and one in five publishes a newsletter series: none of them is flagged.
    for (String check : List.of("duplicate-expert", "padded-titles")) {
      Set<String> planted =
          expected("flag").stream()
              .filter(c -> c[1].equals(check))
              .map(c -> c[2])
              .collect(Collectors.toSet());
      Set<String> flagged =
          checksByOrg.entrySet().stream()
              .filter(e -> e.getValue().contains(check))
              .map(Map.Entry::getKey)
              .collect(Collectors.toSet());
      assertThat(flagged).as(check).isEqualTo(planted);
    }
  }

  @Test
  void noBenignLookAlikeIsFlagged() {
    for (String[] c : expected("clean")) {
      assertThat(checksByOrg.getOrDefault(c[2], Set.of())).as(c[0] + " " + c[2]).isEmpty();
    }
  }
}
