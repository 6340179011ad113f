package cn.kczg.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.program.Rulebooks;
import cn.kczg.schemas.text.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Errors and notes are in Chinese by default (the users' language), with file names, lines, keys
 * and commands kept as they are; the English wording is checked by the tests that switch to {@code
 * --lang en}.
 */
final class ChineseErrorsTest {
  @BeforeEach
  void inTheDefaultLanguage() {
    Messages.use(Language.ZH);
  }

  @Test
  void aBrokenRulebookListsEveryProblemInChinese() {
    String yaml =
        """
        id: broken
        deadline: 2022-13-01
        categories:
          - name: 企业
            quota: -1
            targets: {experts: 10, achievements: 0, demands: 3, news: 30, activities: 5}
        channels:
          - {name: 衡南县科协, slots: 10, categories: [工厂]}
        tie_breaks: [total]
        """;
    assertThatThrownBy(
            () -> Rulebooks.parse(yaml.getBytes(StandardCharsets.UTF_8), "programs/broken.yaml"))
        .isInstanceOf(KczgException.class)
        .satisfies(e -> assertThat(((KczgException) e).code()).isEqualTo(ErrorCode.BAD_RULEBOOK))
        .hasMessage(
            """
            规则文件 programs/broken.yaml 有6个问题：
              - 缺少 title
              - deadline 必须是 YYYY-MM-DD 格式的日期
              - 类别“企业”：quota 必须是不小于 0 的整数
              - 类别“企业”：目标 achievements 必须是不小于 1 的整数
              - 渠道“衡南县科协”：类别“工厂”不是本项目的类别
              - tie_breaks 必须以 org_id 结尾，这样不会有两家机构名次相同；请在最后加上 org_id""");
  }

  @Test
  void anUnknownProgramNamesTheKnownOnesInChinese() {
    assertThatThrownBy(() -> Rulebooks.builtIn().get("nope"))
        .hasMessageStartingWith("没有项目“nope”。已有的项目：hengyang-2022、");
  }

  @Test
  void aFileThatIsNoTextIsRefusedInChinese() {
    byte[] garbage = {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFE, (byte) 0x80};
    assertThatThrownBy(() -> TextDecoder.decode(garbage, "2022-07-04/资讯.csv"))
        .isInstanceOf(KczgException.class)
        .hasMessage("无法读取 2022-07-04/资讯.csv：既不是 UTF-8 也不是 GBK/GB18030 文本。请重新导出为 UTF-8 CSV 或 XLSX。");
  }

  @Test
  void missingColumnsAndIngestNotesAreInChinese() {
    assertThat(
            Errors.missingColumns(
                    "2022-07-04/活动.csv", "activities", List.of("举办时间"), "sources/activities.yaml")
                .getMessage())
        .isEqualTo(
            "2022-07-04/活动.csv 缺少列 举办时间；数据源“activities”需要它。请补上该列，或在"
                + " sources/activities.yaml 中映射另一列。该文件的内容均未存储。");
    assertThat(
            Errors.ignoredSheet(
                "2022-07-04/需求.xlsx", "Sheet2", 3, "demands", "sources/demands.yaml"))
        .isEqualTo(
            "2022-07-04/需求.xlsx 的工作表“Sheet2”未读取：其中有3行，而数据源“demands”只读取定义中列出的工作表"
                + "（未列出时只读第一个工作表）。如需读取，请把它列在 sources/demands.yaml 的 sheets: 下。");
    assertThat(
            Errors.unknownStatus(
                "2022-07-04/资讯.csv",
                "状态",
                "PUBLISHED",
                12,
                List.of(4L, 7L),
                "news",
                "sources/news.yaml"))
        .isEqualTo(
            "2022-07-04/资讯.csv 中状态“PUBLISHED”（12行，第4、7等行）不是数据源“news”认识的状态，这些行不计入。"
                + "若它表示已发布，请把它加到 sources/news.yaml 的 published: 中；否则加到 not_published: 中。");
  }
}
