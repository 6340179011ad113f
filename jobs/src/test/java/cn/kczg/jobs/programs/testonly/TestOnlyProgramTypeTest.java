package cn.kczg.jobs.programs.testonly;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.cli.Main;
import cn.kczg.jobs.programs.ProgramFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program type added in the test sources only — its class, its {@code META-INF/services} line, a
 * rulebook and a source definition in the warehouse's own folders — runs end to end through {@code
 * kczg run}, with no change to main code.
 */
final class TestOnlyProgramTypeTest {
  @TempDir Path tmp;

  @Test
  void aTypeFromTheTestFolderRunsEndToEndThroughTheCli() throws IOException {
    Path resources = Path.of("src/test/resources/testonly");
    ProgramFixtures.copyTree(resources.resolve("programs"), tmp.resolve("wh/programs"));
    ProgramFixtures.copyTree(resources.resolve("sources"), tmp.resolve("wh/sources"));

    int exit =
        Main.execute(
            "run",
            "--program",
            "test-tally",
            "--input",
            resources.resolve("input").toString(),
            "--as-of",
            "2024-01-31",
            "--warehouse",
            tmp.resolve("wh").toString(),
            "--out",
            tmp.resolve("out").toString(),
            "--quiet");

    assertThat(exit).isZero();
    Path folder = tmp.resolve("out/test-tally/2024-01-31");
    assertThat(folder.resolve("tally.xlsx")).isNotEmptyFile();
    assertThat(Files.readString(folder.resolve("tally.csv"), StandardCharsets.UTF_8))
        .isEqualTo("\uFEFF分组,条数,门槛\r\n乙,1,未达到\r\n甲,2,达到\r\n");
    assertThat(Files.readString(folder.resolve("problems.csv"), StandardCharsets.UTF_8))
        .contains("BAD_DATE: 日期 '明天' is not a date");
  }
}
