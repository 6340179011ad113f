package cn.kczg.jobs.programs;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.program.Rulebook;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input is found and read through its source definition, with the parser's messages. */
final class ProgramInputsTest {
  /** These tests read the English wording (--lang en); Chinese is the default. */
  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  private static final LocalDate DAY = LocalDate.of(2023, 6, 30);
  @TempDir Path tmp;

  @Test
  void aMissingInputFileIsRefusedNamingTheFolderPatternsAndDefinition() {
    Rulebook book = ProgramFixtures.book("yueyang-2023-enterprise-association");
    Path empty = ProgramFixtures.files(tmp.resolve("empty"));

    assertThatThrownBy(() -> ProgramFixtures.read(book, empty, DAY))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "No assessments file in "
                + empty
                + ": expected a csv or xls or xlsx file named like 考核* or 评分* or scorecard* or"
                + " assessment* (source 'association-assessments',"
                + " schemas/src/main/resources/sources/association-assessments.yaml). Put the file"
                + " there, or check --input.");
  }

  @Test
  void anInputFileMissingColumnsIsRefusedNamingThemAndTheDefinitionToEdit() {
    Rulebook book = ProgramFixtures.book("yueyang-2021-service-stations");
    Path dir = ProgramFixtures.files(tmp.resolve("in"), "服务站.csv", "服务站名称,级别,建站单位\n甲站,国家级,甲\n");

    assertThatThrownBy(() -> ProgramFixtures.read(book, dir, DAY))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "Columns 产业链, 建站时间, 考核结果 missing in "
                + dir.resolve("服务站.csv")
                + "; the source 'service-stations' requires them. Add them, or map another column in"
                + " schemas/src/main/resources/sources/service-stations.yaml. Nothing of this file was stored.");
  }

  @Test
  void severalFilesWhereOneIsReadAreRefused() {
    Rulebook book = ProgramFixtures.book("kczg-2023-ranking-lists");
    Path dir = ProgramFixtures.files(tmp.resolve("in"), "推荐1.csv", "x\n", "推荐2.csv", "x\n");

    assertThatThrownBy(() -> ProgramFixtures.read(book, dir, DAY))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "Several files in "
                + dir
                + " could be the nominations: 推荐1.csv, 推荐2.csv. Keep one of them.");
  }

  @Test
  void aRulebookWhoseInputsDoNotMatchTheSourcesIsRefusedListingEveryMismatch() {
    Rulebook book =
        ProgramFixtures.book(
            """
            id: mismatched
            type: station-funding
            title: mismatched
            inputs:
              stations: ranking-nominations
              payments: no-such-source
              photos: service-stations
            station_funding:
              operating_years: 2
              new_since: 2021-03-22
              funding: [{level: 国家级, amount: 1}]
              assessment: {qualified: 合格, failed: 不合格, pending: 未考核}
              host_types: {}
              industry_chains: [纺织]
            """,
            "mismatched.yaml");

    assertThatThrownBy(() -> ProgramFixtures.read(book, tmp, DAY))
        .isInstanceOf(KczgException.class)
        .hasMessageContaining("Rulebook mismatched.yaml has 10 problem(s)")
        .hasMessageContaining(
            "inputs.photos: a station-funding program reads no input 'photos' (it reads: stations, payments)")
        .hasMessageContaining(
            "inputs.stations: the source 'ranking-nominations' (schemas/src/main/resources/sources/ranking-nominations.yaml)"
                + " has no field 'station', which a station-funding program reads; add it to the definition's fields")
        .hasMessageContaining(
            "inputs.payments: no source definition has the id 'no-such-source'; add sources/no-such-source.yaml"
                + " (see docs/adding-a-source.md) or name another");
  }
}
