package cn.kczg.schemas.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.ErrorCode;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.read.SourceFileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source definitions are data: a new source is a new file, and a wrong one is refused with every
 * problem.
 */
final class SourceDefinitionsTest {
  /** These tests read the English wording (--lang en); Chinese is the default. */
  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  /** A platform renamed and reordered the 成果 columns and calls the export 科技成果清单. */
  static final String RENAMED_ACHIEVEMENTS =
      """
      id: achievements-v2
      description: 成果明细 after the platform's 2022 redesign
      role: items
      kind: achievements
      files: ["科技成果清单*"]
      formats: [csv]
      published: [已发布, 发布成功]
      fields:
        item_date: {columns: [上架日期], required: true, type: date}
        org_name:  {columns: [单位名称], required: true}
        item_id:   {columns: [成果编码], required: true}
        status:    {columns: [审核状态], required: true}
        title:     成果标题
      """;

  @TempDir Path tmp;

  @Test
  void builtInDefinitionsLoadAndRecognizeFileNames() {
    SourceDefinitions defs = SourceDefinitions.builtIn();
    assertThat(defs.all())
        .extracting(SourceDefinition::id)
        .containsExactlyElementsOf(SourceDefinitions.builtInIds());
    assertThat(defs.forFileName("成果-0711.CSV")).map(SourceDefinition::id).contains("achievements");
    assertThat(defs.forFileName("机构统计.xlsx")).map(SourceDefinition::id).contains("snapshot");
    assertThat(defs.forFileName("成果.pdf")).isEmpty();
    assertThat(defs.all()).allSatisfy(d -> assertThat(d.digest()).hasSize(64));
  }

  @Test
  void aNewSourceWithRenamedAndReorderedColumnsNeedsNoJava() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("sources"));
    Files.writeString(dir.resolve("achievements-v2.yaml"), RENAMED_ACHIEVEMENTS);
    SourceDefinitions defs = SourceDefinitions.withExtra(dir);

    SourceDefinition def = defs.forFileName("科技成果清单_2022-07-11.csv").orElseThrow();
    assertThat(def.kind()).isEqualTo(ItemKind.ACHIEVEMENTS);
    assertThat(defs.all().get(0).id()).isEqualTo("achievements-v2");
    assertThat(defs.forFileName("成果.csv")).map(SourceDefinition::id).contains("achievements");

    String csv = "审核状态,成果标题,上架日期,单位名称,成果编码\n发布成功,新型材料,2022年7月1日,衡阳市甲科技有限公司,c-1\n";
    List<RowOutcome> rows =
        new SourceFileParser(def)
            .parseAll(csv.getBytes(StandardCharsets.UTF_8), "2022-07-11/科技成果清单.csv");
    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.accepted()).isTrue();
              assertThat(r.values())
                  .containsExactly(
                      "c-1",
                      "衡阳市甲科技有限公司",
                      null,
                      LocalDate.of(2022, 7, 1),
                      "发布成功",
                      "新型材料",
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null);
            });
    assertThat(def.isPublished("发布成功")).isTrue();
  }

  @Test
  void everyMistakeOfADefinitionIsListedAtOnce() {
    String yaml =
        """
        id: Bad Id
        role: items
        kind: gadgets
        files: ["成果[", "sub/成果*"]
        formats: [csv, pdf]
        header_search_rows: many
        colour: blue
        fields:
          item_id: {columns: [成果ID], required: yes-please}
          org_name: {columns: [发布机构, 成果ID], optional: true}
          item_date: {columns: [发布时间], type: text}
          colour: [颜色]
        """;
    assertThatThrownBy(
            () ->
                SourceDefinitions.parse(yaml.getBytes(StandardCharsets.UTF_8), "sources/bad.yaml"))
        .isInstanceOf(KczgException.class)
        .satisfies(
            e -> assertThat(((KczgException) e).code()).isEqualTo(ErrorCode.BAD_SOURCE_DEFINITION))
        .hasMessageContaining("Source definition sources/bad.yaml has 13 problem(s)")
        .hasMessageContaining("unknown key 'colour'")
        .hasMessageContaining("'id' is 'Bad Id'")
        .hasMessageContaining("'kind' is 'gadgets'")
        .hasMessageContaining("file pattern '成果[' is not a valid glob")
        .hasMessageContaining(
            "file pattern 'sub/成果*' must be a non-empty file name pattern without folders")
        .hasMessageContaining("format 'pdf' is not supported")
        .hasMessageContaining("'header_search_rows' is 'many'")
        .hasMessageContaining("'required' of field 'item_id' is 'yes-please'")
        .hasMessageContaining("unknown key 'optional' in field 'org_name'")
        .hasMessageContaining("column '成果ID' is listed for both 'item_id' and 'org_name'")
        .hasMessageContaining("field 'item_date' has type 'text' but is always a date")
        .hasMessageContaining("field 'colour' is not a field of a items source")
        .hasMessageContaining("field 'status' must be mapped for a items source");
  }

  @Test
  void badFilesInTheExtraFolderAreAllReportedTogether() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("bad-sources"));
    Files.writeString(dir.resolve("a.yaml"), "id: a\nrole: sellers\nfiles: [a*]\nfields: {}\n");
    Files.writeString(dir.resolve("b.yaml"), "- just\n- a list\n");
    assertThatThrownBy(() -> SourceDefinitions.withExtra(dir))
        .isInstanceOf(KczgException.class)
        .hasMessageContaining("The source definitions in " + dir)
        .hasMessageContaining("a.yaml has 1 problem(s)")
        .hasMessageContaining("'role' is 'sellers'")
        .hasMessageContaining("b.yaml has 1 problem(s)")
        .hasMessageContaining("the file must be a YAML mapping");
  }

  @Test
  void kindAndPublishedBelongToItemSourcesOnly() {
    String yaml =
        """
        id: reg
        role: registry
        kind: news
        published: [已发布]
        files: [reg*]
        fields: {org_name: 名称, category: 类型}
        """;
    assertThatThrownBy(
            () -> SourceDefinitions.parse(yaml.getBytes(StandardCharsets.UTF_8), "reg.yaml"))
        .hasMessageContaining("2 problem(s)")
        .hasMessageContaining("'kind' is only for items sources")
        .hasMessageContaining("'published' is only for items sources");
  }

  @Test
  void xlsFilesAreAFormatLikeTheOthers() {
    SourceDefinitions defs = SourceDefinitions.builtIn();
    assertThat(SourceDefinition.formatOf("机构名录.XLS")).contains("xls");
    assertThat(defs.forFileName("机构名录.xls")).map(SourceDefinition::id).contains("registry");
    assertThat(defs.forFileName("资讯0711.xls")).map(SourceDefinition::id).contains("news");
  }

  @Test
  void notPublishedStatusesAndSheetsAreCheckedWithEveryOtherProblem() {
    String yaml =
        """
        id: news-x
        role: items
        kind: news
        files: [资讯*]
        formats: [csv, xls, ods]
        published: [已发布]
        not_published: [已发布, "  "]
        sheets: [明细, 明细]
        fields: {item_id: 资讯ID, org_name: 发布机构, item_date: 发布时间, status: 状态}
        """;
    assertThatThrownBy(
            () -> SourceDefinitions.parse(yaml.getBytes(StandardCharsets.UTF_8), "news-x.yaml"))
        .hasMessageContaining("4 problem(s)")
        .hasMessageContaining("format 'ods' is not supported; use csv, xlsx or xls")
        .hasMessageContaining(
            "status '已发布' is listed under both 'published' and 'not_published'; keep one")
        .hasMessageContaining("'not_published' holds a blank value")
        .hasMessageContaining("sheet '明细' is listed twice under 'sheets'");
  }

  @Test
  void itemSourcesKnowTheExportsNotPublishedStatusesByDefault() {
    SourceDefinition news = SourceDefinitions.builtIn().byId("news").orElseThrow();
    assertThat(news.notPublished()).containsExactlyInAnyOrder("待审核", "已下架", "已删除");
    assertThat(news.isUnknownStatus("已下架")).isFalse();
    assertThat(news.isUnknownStatus("")).isFalse();
    assertThat(news.isUnknownStatus("PUBLISHED")).isTrue();
    assertThat(news.readsSheet("Sheet1", 0)).isTrue();
    assertThat(news.readsSheet("Sheet2", 1)).isFalse();
  }
}
