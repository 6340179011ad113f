package cn.kczg.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.SampleModels;
import cn.kczg.reports.chart.Charts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sheets the issue added: summary changes, lagging and at-risk, channel tables, charts. */
final class WeeklyWorkbookSheetsTest {
  @TempDir Path dir;
  private XSSFWorkbook wb;

  @BeforeEach
  void write() throws IOException {
    try (InputStream in = Files.newInputStream(WeeklyWorkbook.write(SampleModels.small(), dir))) {
      wb = new XSSFWorkbook(in);
    }
  }

  @Test
  void summaryShowsTheChangeSinceLastWeekPerCategoryAndChannel() {
    Sheet summary = wb.getSheet("汇总");
    assertThat(texts(summary.getRow(0))).startsWith("分组", "名称", "机构数", "全部达标", "上周全部达标", "较上周");
    Row companies = find(summary, 1, "企业");
    assertThat(companies.getCell(3).getNumericCellValue()).isEqualTo(2);
    assertThat(companies.getCell(4).getNumericCellValue())
        .as("E002 only, E001 was not there")
        .isEqualTo(1);
    assertThat(shown(companies.getCell(5))).isEqualTo("+1");
    assertThat(shown(companies.getCell(11))).as("2 of 90 seats").isEqualTo("2.2%");
    Row channel = find(summary, 1, "衡南县科协");
    assertThat(channel.getCell(0).getStringCellValue()).isEqualTo("推荐渠道");
    assertThat(shown(channel.getCell(11))).isEqualTo("20.0%");
  }

  @Test
  void laggingListsOrganizationsNotMeetingAllTargetsFewestItemsShortFirst() {
    Sheet lagging = wb.getSheet("滞后与风险");
    assertThat(lagging.getRow(1).getCell(0).getStringCellValue()).isEqualTo("E003");
    assertThat(lagging.getRow(1).getCell(6).getNumericCellValue())
        .as("E003 items short")
        .isEqualTo(5);
    assertThat(lagging.getRow(2).getCell(0).getStringCellValue()).isEqualTo("E004");
    assertThat(lagging.getLastRowNum()).isEqualTo(2);
  }

  @Test
  void atRiskShowsTheProjectedDatePerIndicatorInRedWhenLate() {
    Sheet lagging = wb.getSheet("滞后与风险");
    Row e003 = find(lagging, 0, "E003");
    assertThat(e003.getCell(8).getStringCellValue()).isEqualTo("有风险");
    assertThat(e003.getCell(9).getStringCellValue()).as("专家").isEqualTo("2022-07-18");
    assertThat(e003.getCell(10).getStringCellValue()).as("成果").isEqualTo("已达标");
    assertThat(e003.getCell(12).getStringCellValue()).as("资讯").isEqualTo("无进展");
    assertThat(fill(e003.getCell(12))).isEqualTo("FFC7CE");
    assertThat(e003.getCell(7).getStringCellValue()).isEqualTo("专家差1人、资讯差4条");
  }

  @Test
  void channelLeagueTablesShowRankChangeAndShortlist() {
    Sheet league = wb.getSheet("渠道排名");
    Row e001 = find(league, 4, "E001");
    assertThat(e001.getCell(0).getStringCellValue()).isEqualTo("衡南县科协");
    assertThat(e001.getCell(3).getStringCellValue()).isEqualTo("新");
    assertThat(e001.getCell(8).getStringCellValue()).isEqualTo("是");
    assertThat(find(league, 4, "E004").getCell(3).getStringCellValue()).isEqualTo("▼1");
    assertThat(league.getRow(1).getCell(0).getStringCellValue())
        .as("channels by name")
        .isEqualTo("市科协对口工作小组");
  }

  @Test
  void chartSheetHoldsEveryChartAsAPicture() {
    XSSFDrawing drawing = wb.getSheet("图表").getDrawingPatriarch();
    long pictures = drawing.getShapes().stream().filter(XSSFPicture.class::isInstance).count();
    assertThat(pictures)
        .isEqualTo(Charts.images(SampleModels.small()).size())
        .isGreaterThanOrEqualTo(4);
    assertThat(wb.getAllPictures().get(0).getData()).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void noSheetHoldsAFormulaOrAFullPhone() {
    for (Sheet sheet : wb) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertThat(cell.getCellType())
              .as(sheet.getSheetName() + " " + cell.getAddress())
              .isNotEqualTo(CellType.FORMULA);
          if (cell.getCellType() == CellType.STRING) {
            assertThat(cell.getStringCellValue())
                .doesNotContain("13812345678")
                .doesNotContain("8839102");
          }
        }
      }
    }
    assertThat(find(wb.getSheet("滞后与风险"), 0, "E004").getCell(1).getStringCellValue())
        .isEqualTo("-1+2@公司");
  }

  private static Row find(Sheet sheet, int column, String value) {
    for (Row row : sheet) {
      Cell cell = row.getCell(column);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(value)) {
        return row;
      }
    }
    throw new AssertionError(value + " not in column " + column + " of " + sheet.getSheetName());
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    row.forEach(c -> out.add(c.getStringCellValue()));
    return out;
  }

  private static String shown(Cell cell) {
    return new DataFormatter(java.util.Locale.ROOT).formatCellValue(cell);
  }

  private static String fill(Cell cell) {
    return ((XSSFCellStyle) cell.getCellStyle())
        .getFillForegroundXSSFColor()
        .getARGBHex()
        .substring(2);
  }
}
