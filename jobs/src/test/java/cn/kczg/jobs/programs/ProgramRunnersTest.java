package cn.kczg.jobs.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ProgramRunnersTest {
  @TempDir Path out;

  @Test
  void everyBuiltInRulebookOfTheseTypesHasARunnerAndValidates() {
    List<Rulebook> books =
        Rulebooks.builtIn().all().stream()
            .filter(b -> ProgramRunners.find(b.type()).isPresent())
            .toList();

    assertThat(books)
        .extracting(Rulebook::id)
        .containsExactlyInAnyOrder(
            "yueyang-2023-enterprise-association",
            "yueyang-2021-service-stations",
            "hunan-2024-service-stations",
            "kczg-2023-ranking-lists");
    books.forEach(b -> ProgramRunners.forType(b.type()).validate(b));
  }

  @Test
  void unknownTypeIsRefusedNamingTheKnownTypes() {
    assertThatThrownBy(() -> ProgramRunners.forType("lottery"))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "No program runner for type 'lottery'. Known types: scorecard, station-funding, station-tasks, "
                + "ranking-nominations. Check the rulebook's 'type'.");
  }

  @ParameterizedTest
  @CsvSource({
    "yueyang-2023-enterprise-association, 2023-12-31, 2",
    "yueyang-2021-service-stations, 2023-06-30, 1",
    "hunan-2024-service-stations, 2024-06-30, 2",
    "kczg-2023-ranking-lists, 2023-11-30, 0"
  })
  void sampleRunsAndWritesTheSameBytesTwice(String id, LocalDate asOf, int problems)
      throws IOException {
    Rulebook book = Rulebooks.builtIn().get(id);
    ProgramRunner runner = ProgramRunners.forType(book.type());

    ProgramRun first =
        runner.run(book, new ProgramInput(Path.of("../data-samples", id), asOf, out.resolve("a")));
    ProgramRun second =
        runner.run(book, new ProgramInput(Path.of("../data-samples", id), asOf, out.resolve("b")));

    assertThat(first.problemCount()).isEqualTo(problems);
    assertThat(first.summary()).isEqualTo(second.summary());
    assertThat(first.files()).isNotEmpty().allSatisfy(f -> assertThat(f).exists());
    for (Path file : first.files()) {
      assertThat(Files.readAllBytes(file))
          .isEqualTo(Files.readAllBytes(out.resolve("b").resolve(file.getFileName())));
    }
  }

  @Test
  void missingInputFileIsRefusedNamingTheFolderAndPatterns() throws IOException {
    Rulebook book = Rulebooks.builtIn().get("yueyang-2023-enterprise-association");
    Path empty = Files.createDirectories(out.resolve("empty"));

    assertThatThrownBy(
            () ->
                ProgramRunners.forType("scorecard")
                    .run(book, new ProgramInput(empty, LocalDate.of(2023, 12, 31), out)))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "No assessment sheet in "
                + empty
                + ": expected a .csv or .xlsx file named like 考核* or 评分* or scorecard* or "
                + "assessment*. Put the file there, or check --input.");
  }

  @Test
  void inputMissingColumnsIsRefusedNamingThem() throws IOException {
    Rulebook book = Rulebooks.builtIn().get("yueyang-2021-service-stations");
    Path dir = Files.createDirectories(out.resolve("in"));
    Files.writeString(dir.resolve("服务站.csv"), "服务站名称,级别,建站单位\n甲站,国家级,甲\n", StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                ProgramRunners.forType("station-funding")
                    .run(book, new ProgramInput(dir, LocalDate.of(2023, 1, 1), out)))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "Columns 建站时间, 产业链, 考核结果 missing in "
                + dir.resolve("服务站.csv")
                + "; the program "
                + "'yueyang-2021-service-stations' needs them in the header row. Add them (see data-samples/yueyang-2021-service-stations/ "
                + "for a sample file). Nothing was written.");
  }
}
