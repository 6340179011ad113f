package cn.kczg.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kczg demo --program ID} for the four programs that read their own files runs each on its
 * sample at the day of its {@code demo.properties}, through the program's type, without Spark (the
 * figures are pinned by {@code ProgramSamplesTest}).
 */
final class DemoOtherProgramsTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({
    "yueyang-2023-enterprise-association, 2023-12-31, scorecard.xlsx",
    "yueyang-2021-service-stations, 2023-06-30, funding.xlsx",
    "hunan-2024-service-stations, 2024-06-30, stations.xlsx",
    "kczg-2023-ranking-lists, 2023-11-30, ranking-lists.xlsx"
  })
  void demoRunsEachProgramOnItsSample(String id, String asOf, String workbook) {
    int exit =
        Main.execute(
            "demo",
            "--program",
            id,
            "--warehouse",
            tmp.resolve("wh").toString(),
            "--out",
            tmp.resolve("out").toString(),
            "--quiet");

    assertThat(exit).isZero();
    Path folder = tmp.resolve("out").resolve(id).resolve(asOf);
    assertThat(folder.resolve(workbook)).isNotEmptyFile();
    assertThat(folder.resolve("problems.csv")).isNotEmptyFile();
  }
}
