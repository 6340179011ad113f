package cn.kczg.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.ReportWriter;
import cn.kczg.reports.SampleModels;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ShortlistEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Masking by pattern across every shared text, names included, forms excepted: a mobile number
 * inside an organization's name is masked in progress.csv, shortlist.csv, index.html and the
 * workbook, and the workbook marks formula-looking input text as text, as the CSV does.
 */
final class SharedTextTest {
  static final String NAME = "衡阳市甲科技有限公司（联系13812345678）";
  static final String MASKED = "衡阳市甲科技有限公司（联系138****5678）";

  @TempDir Path dir;

  @Test
  void aMobileNumberInAnOrganizationsNameIsMaskedInEverySharedOutput() throws IOException {
    ReportWriter.writeAll(model(), dir);
    for (String file : List.of("progress.csv", "shortlist.csv", "index.html")) {
      String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
      assertThat(text).as(file).contains(MASKED).doesNotContain("13812345678");
    }
    List<String> cells = texts(dir.resolve("weekly-report.xlsx"));
    assertThat(cells).contains(MASKED).noneMatch(c -> c.contains("13812345678"));
  }

  @Test
  void theOfficialFormsKeepTheNameAsItIs() throws IOException {
    ReportWriter.writeAll(model(), dir);
    assertThat(texts(dir.resolve("forms/推荐汇总表-衡南县科协.xlsx"))).anyMatch(c -> c.contains(NAME));
  }

  @Test
  void theWorkbookMarksFormulaLookingInputTextAsText() throws IOException {
    ReportWriter.writeAll(SampleModels.small(), dir);
    try (InputStream in = Files.newInputStream(dir.resolve("weekly-report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet progress = wb.getSheet("进度");
      List<Cell> hostile = new ArrayList<>();
      List<Cell> plain = new ArrayList<>();
      for (Row row : progress) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            String v = cell.getStringCellValue();
            (FormulaGuard.readsAsFormula(v) ? hostile : plain).add(cell);
          }
        }
      }
      assertThat(hostile)
          .extracting(Cell::getStringCellValue)
          .contains(SampleModels.HOSTILE_NAME, "-1+2@公司");
      assertThat(hostile).allMatch(c -> c.getCellStyle().getQuotePrefixed());
      assertThat(plain).noneMatch(c -> c.getCellStyle().getQuotePrefixed());
    }
  }

  @Test
  void maskingLeavesDatesIdsAndCountsAlone() {
    assertThat(SharedText.of("2022-07-11 E001 共 30 条")).isEqualTo("2022-07-11 E001 共 30 条");
    assertThat(SharedText.of("电话 0734-8839102")).isEqualTo("电话 0734-***9102");
    assertThat(SharedText.of(null)).isEmpty();
  }

  @Test
  void idNumbersAndEmailsAreMaskedButAnEighteenDigitItemIdIsNot() {
    assertThat(SharedText.of("E1,王伟,教授,wangwei.hy@163.com,43040519900307123X"))
        .isEqualTo("E1,王伟,教授,w***@163.com,430***********123X");
    assertThat(SharedText.of("13812345678@qq.com")).isEqualTo("1***@qq.com");
    assertThat(SharedText.of("资讯 202207110000000001")).isEqualTo("资讯 202207110000000001");
    assertThat(SharedText.of("ID 430405199003071234"))
        .as("wrong check character: not an ID number")
        .isEqualTo("ID 430405199003071234");
  }

  private static ReportModel model() {
    IndicatorCounts targets = SampleModels.COMPANY_TARGETS;
    OrgProgress org =
        new OrgProgress(
            "E009", NAME, "企业", "", "衡南县", "衡南县科协", targets, targets, true, 1.0, 1.0, 1, null);
    return ReportModel.of(
        SampleModels.program(),
        SampleModels.AS_OF,
        null,
        List.of(org),
        List.of(new ShortlistEntry("企业", 1, "E009", NAME, "衡南县科协", 1.0)),
        List.of(new ChannelFill("衡南县科协", 10, 1, 1, 0, 1)),
        List.of());
  }

  private static List<String> texts(Path xlsx) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
              out.add(cell.getStringCellValue());
            }
          }
        }
      }
    }
    return out;
  }
}
