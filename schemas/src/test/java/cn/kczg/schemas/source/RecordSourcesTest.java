package cn.kczg.schemas.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.read.SourceFileParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A records source declares its own typed fields and is read by the same parser as the exports. */
final class RecordSourcesTest {
  /** These tests read the English wording (--lang en); Chinese is the default. */
  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  private static final String SCORES =
      """
      id: scores
      role: records
      files: ["评分*"]
      fields:
        name: {columns: [科协名称], value_required: true}
        score: {columns: [得分], type: decimal, value_required: true}
        honours: {columns: [荣誉], type: count, required: true}
        founded: {columns: [成立时间], type: date}
        sent: {columns: [提交时间], type: datetime}
        note: 备注
      """;

  private static SourceDefinition scores() {
    return SourceDefinitions.parse(SCORES.getBytes(StandardCharsets.UTF_8), "sources/scores.yaml");
  }

  private static List<RowOutcome> read(String csv) {
    return new SourceFileParser(scores()).parseAll(csv.getBytes(StandardCharsets.UTF_8), "评分.csv");
  }

  @Test
  void declaredFieldsAreTypedInDeclarationOrder() {
    List<RowOutcome> rows = read("科协名称,得分,荣誉,成立时间,提交时间,备注\n甲科协,８.5,2,2021/3/1,2023-11-20 17:05,\n");

    assertThat(scores().fields())
        .extracting(SourceDefinition.Field::name)
        .containsExactly("name", "score", "honours", "founded", "sent", "note");
    assertThat(rows.get(0).values())
        .containsExactly(
            "甲科协",
            new BigDecimal("8.5"),
            2L,
            LocalDate.of(2021, 3, 1),
            LocalDateTime.of(2023, 11, 20, 17, 5),
            null);
  }

  @Test
  void aBlankValueRequiredCellRejectsTheRowAndABlankOptionalOneIsNoValue() {
    List<RowOutcome> rows = read("科协名称,得分,荣誉\n,8,\n乙科协,,1\n丙科协,7,\n");

    assertThat(rows.get(0).reason()).isEqualTo("MISSING_VALUE");
    assertThat(rows.get(0).detail()).isEqualTo("科协名称 is empty; every row needs it");
    assertThat(rows.get(1).reason()).isEqualTo("MISSING_COUNT");
    assertThat(rows.get(2).accepted()).isTrue();
    assertThat(rows.get(2).values()[2]).isNull();
  }

  @Test
  void valuesThatAreNotOfTheirTypeAreRejectedNamingTheColumn() {
    List<RowOutcome> rows = read("科协名称,得分,荣誉,提交时间\n甲,八分,1,\n乙,8,1,下周一\n");

    assertThat(rows)
        .extracting(RowOutcome::detail)
        .containsExactly(
            "得分 '八分' is not a number",
            "提交时间 '下周一' is not a date and time; write it as 2023-11-20 17:00");
  }

  @Test
  void aFileWithoutARequiredColumnIsRefusedNamingItAndTheDefinition() {
    assertThatThrownBy(() -> read("科协名称,得分\n甲,8\n"))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "Column 荣誉 missing in 评分.csv; the source 'scores' requires it. Add it, or map another"
                + " column in sources/scores.yaml. Nothing of this file was stored.");
  }

  @Test
  void anInboxFileIsNeverTakenForAProgramsOwnInput() {
    SourceDefinitions defs = SourceDefinitions.builtIn();

    assertThat(defs.byId("service-stations")).isPresent();
    assertThat(defs.byId("service-stations").orElseThrow().matchesFileName("服务站名单.csv")).isTrue();
    assertThat(defs.forFileName("服务站名单.csv")).isEmpty();
    assertThat(defs.forHeader("csv", List.of("服务站名称", "级别", "建站单位", "建站时间", "产业链", "考核结果")))
        .isEmpty();
  }

  @Test
  void everyMistakeOfARecordsDefinitionIsListedAtOnce() {
    String yaml =
        """
        id: broken
        role: records
        kind: experts
        published: [已发布]
        files: ["x*"]
        fields:
          Name: {columns: [名称]}
          score: {columns: [得分], type: money, value_required: maybe}
        """;

    assertThatThrownBy(
            () -> SourceDefinitions.parse(yaml.getBytes(StandardCharsets.UTF_8), "broken.yaml"))
        .isInstanceOf(KczgException.class)
        .hasMessageContaining("has 5 problem(s)")
        .hasMessageContaining("'kind' is only for items sources")
        .hasMessageContaining("'published' is only for items sources")
        .hasMessageContaining("field 'Name' must be a lower-case name")
        .hasMessageContaining(
            "field 'score' has type 'money'; use text, date, datetime, count or decimal")
        .hasMessageContaining("'value_required' of field 'score' is 'maybe'");
  }
}
