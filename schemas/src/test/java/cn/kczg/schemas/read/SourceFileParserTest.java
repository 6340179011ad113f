package cn.kczg.schemas.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.ErrorCode;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.source.SourceDefinitions;
import cn.kczg.schemas.text.Names;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each kind of row and file that platform-exports.md lists, read without Spark. */
final class SourceFileParserTest {
  /** These tests read the English wording (--lang en); Chinese is the default. */
  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  static final SourceDefinitions DEFS = SourceDefinitions.builtIn();
  static final SourceDefinition NEWS = DEFS.byId("news").orElseThrow();
  static final SourceDefinition EXPERTS = DEFS.byId("experts").orElseThrow();
  static final SourceDefinition SNAPSHOT = DEFS.byId("snapshot").orElseThrow();
  static final LocalDate JULY_1 = LocalDate.of(2022, 7, 1);

  private static List<RowOutcome> news(String... lines) {
    String csv = "资讯ID,标题,发布机构,平台账号,发布时间,状态\n" + String.join("\n", lines) + "\n";
    return new SourceFileParser(NEWS)
        .parseAll(csv.getBytes(StandardCharsets.UTF_8), "2022-07-04/资讯.csv");
  }

  @Test
  void everyDateFormatAndFullWidthNamesAreRead() {
    List<RowOutcome> rows =
        news(
            "n1,t,衡阳市乙（集团）有限公司,,2022-07-01,已发布",
            "n2,t,\u3000衡阳市乙 (集团) 有限公司 ,,2022/7/1,已发布",
            "n3,t,衡阳市乙（集团）有限公司,,2022-07-01 09:30:00,已发布",
            "n4,t,衡阳市乙（集团）有限公司,,2022年7月1日,已发布");
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.accepted()).isTrue();
              assertThat(r.values()[3]).isEqualTo(JULY_1);
              assertThat(Names.normalize((String) r.values()[1])).isEqualTo("衡阳市乙(集团)有限公司");
            });
    assertThat(rows).extracting(RowOutcome::line).containsExactly(2L, 3L, 4L, 5L);
  }

  @Test
  void unusableRowsCarryAReasonTheirLineAndTheRawText() {
    List<RowOutcome> rows =
        news("n1,t,甲,,下周,已发布", ",t,甲,,2022-07-01,已发布", "n3,t,,,2022-07-01,已发布", "n4,t,甲,,,已发布");
    assertThat(rows)
        .extracting(RowOutcome::reason)
        .containsExactly("BAD_DATE", "MISSING_ID", "NO_ORG", "BAD_DATE");
    assertThat(rows.get(0).detail()).isEqualTo("发布时间 '下周' is not a date");
    assertThat(rows.get(0).raw()).isEqualTo("n1,t,甲,,下周,已发布");
    assertThat(rows.get(3).line()).isEqualTo(5);
  }

  @Test
  void aHeaderOnlyFileHasNoRows() {
    assertThat(news()).isEmpty();
  }

  @Test
  void aFileMissingARequiredColumnIsRefusedNamingFileAndColumnsBeforeAnyRow() {
    byte[] csv = "资讯ID,标题,平台账号,状态\nn1,t,acc,已发布\n".getBytes(StandardCharsets.UTF_8);
    List<RowOutcome> handed = new ArrayList<>();
    assertThatThrownBy(
            () -> new SourceFileParser(NEWS).parse(csv, "2022-07-04/资讯.csv", handed::add))
        .isInstanceOf(KczgException.class)
        .satisfies(e -> assertThat(((KczgException) e).code()).isEqualTo(ErrorCode.MISSING_COLUMNS))
        .hasMessage(
            "Columns 发布时间, 发布机构 missing in 2022-07-04/资讯.csv; the source 'news' requires them. "
                + "Add them, or map another column in schemas/src/main/resources/sources/news.yaml. "
                + "Nothing of this file was stored.");
    assertThat(handed).isEmpty();
  }

  @Test
  void xlsxItemFileWithExcelDateCellsAndTextDates() {
    byte[] xlsx =
        Xlsx.of(
            new Object[] {"专家ID", "姓名", "职称", "所属机构", "平台账号", "入驻时间", "状态"},
            new Object[] {"e1", "张三", "教授", "衡阳市甲科技有限公司", "acc-a", JULY_1, "已发布"},
            new Object[] {"e2", "李四", "", "衡阳市甲科技有限公司", "", "2022年7月1日", "已发布"},
            new Object[] {1003, "王五", "", "衡阳市甲科技有限公司", "", 44743, "已发布"},
            new Object[] {"e4", "赵六", "", "衡阳市甲科技有限公司", "", "不详", "已发布"});
    List<RowOutcome> rows = new SourceFileParser(EXPERTS).parseAll(xlsx, "2022-07-04/专家.xlsx");
    assertThat(rows).hasSize(4);
    assertThat(rows.subList(0, 2)).allSatisfy(r -> assertThat(r.values()[3]).isEqualTo(JULY_1));
    // A number cell without a date format stays a number: an id reads as 1003, not 1003.0.
    // A plain number cell in a date column is not taken for a date.
    assertThat(rows.get(2).raw()).startsWith("1003,王五");
    assertThat(rows.get(2).reason()).isEqualTo("BAD_DATE");
    assertThat(rows.get(3).reason()).isEqualTo("BAD_DATE");
    assertThat(rows.get(3).line()).isEqualTo(5);
  }

  @Test
  void snapshotWithATitleRowAboveTheHeader() {
    byte[] xlsx =
        Xlsx.of(
            new Object[] {"衡阳市科创中国机构统计（截至2022年7月8日）"},
            new Object[] {},
            new Object[] {"机构名称", "平台账号", "专家数", "成果数", "需求数", "资讯数", "活动数", "统计截止日期"},
            new Object[] {"衡阳市甲科技有限公司", "acc-a", 3, 1, 0, 12, 1, LocalDate.of(2022, 7, 8)},
            new Object[] {"衡阳市乙（集团）有限公司", "", "2", "1", "一", 0, 0, "2022-07-08"},
            new Object[] {"衡阳市丙医院", "", "2", "", "1", 0, 0, "2022-07-08"});
    List<RowOutcome> rows = new SourceFileParser(SNAPSHOT).parseAll(xlsx, "2022-07-11/机构统计.xlsx");
    assertThat(rows.get(0).values())
        .containsExactly("衡阳市甲科技有限公司", "acc-a", 3L, 1L, 0L, 12L, 1L, LocalDate.of(2022, 7, 8));
    assertThat(rows.get(0).line()).isEqualTo(4);
    assertThat(rows.get(1).reason()).isEqualTo("BAD_NUMBER");
    assertThat(rows.get(1).detail()).isEqualTo("需求数 '一' is not a whole number");
    assertThat(rows.get(2).reason()).isEqualTo("MISSING_COUNT");
    assertThat(rows.get(2).detail())
        .isEqualTo("成果数 is empty; an empty count is not 0, write 0 if it is");
  }

  @Test
  void aSnapshotWhoseHeaderIsNotWithinTheSearchRowsIsRefused() {
    Object[][] rows = new Object[7][];
    for (int i = 0; i < 6; i++) {
      rows[i] = new Object[] {"标题 " + i};
    }
    rows[6] = new Object[] {"机构名称", "专家数", "成果数", "需求数", "资讯数", "活动数", "统计截止日期"};
    assertThatThrownBy(() -> new SourceFileParser(SNAPSHOT).parseAll(Xlsx.of(rows), "d/机构统计.xlsx"))
        .isInstanceOf(KczgException.class)
        .hasMessageStartingWith(
            "Columns 专家数, 成果数, 机构名称, 活动数, 统计截止日期, 资讯数, 需求数 missing in d/机构统计.xlsx");
  }

  @Test
  void aBrokenWorkbookIsRefusedNamingTheFile() {
    byte[] notZip = "PK\u0003\u0004 this is not a workbook".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> new SourceFileParser(EXPERTS).parseAll(notZip, "2022-07-04/专家.xlsx"))
        .isInstanceOf(KczgException.class)
        .hasMessageStartingWith(
            "Cannot read 2022-07-04/专家.xlsx: it is not a readable XLSX workbook");
  }
}
