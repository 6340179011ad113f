package cn.kczg.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.SampleModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class WeeklyWorkbookTest {
  @TempDir Path dir;

  @Test
  void hasItsTwelveSheetsInOrder() throws IOException {
    try (Workbook wb = read(WeeklyWorkbook.write(SampleModels.small(), dir))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .containsExactly(
              "汇总", "进度", "滞后与风险", "推荐名单", "渠道推荐", "达标未入选", "储备", "渠道", "渠道排名", "隔离", "诚信提示", "图表");
      assertThat(names).isEqualTo(WeeklyWorkbook.SHEETS);
    }
  }

  @Test
  void integritySheetListsEachFlagWithItsSentenceAndEvidence() throws IOException {
    var model =
        SampleModels.small()
            .withIntegrityFlags(
                List.of(
                    new cn.kczg.reports.IntegrityFlag(
                        "burst",
                        "E003",
                        "资讯: 27 items on 2022-07-10, usual 0-2 a day; without them 24 of 30",
                        "湖南华菱衡阳钢管有限公司",
                        "items ZX1 ZX2")));
    try (Workbook wb = read(WeeklyWorkbook.write(model, dir))) {
      Row row = rowOf(wb.getSheet("诚信提示"), "E003");
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("湖南华菱衡阳钢管有限公司");
      assertThat(row.getCell(2).getStringCellValue()).as("the check's name").isEqualTo("单日集中发布");
      assertThat(row.getCell(3).getStringCellValue()).endsWith("without them 24 of 30");
      assertThat(row.getCell(4).getStringCellValue()).isEqualTo("items ZX1 ZX2");
    }
  }

  @Test
  void everySheetFreezesItsHeaderAndHasAnAutofilter() throws IOException {
    try (XSSFWorkbook wb = read(WeeklyWorkbook.write(SampleModels.small(), dir))) {
      for (Sheet s : wb) {
        XSSFSheet sheet = (XSSFSheet) s;
        assertThat(sheet.getPrintSetup().getPaperSize())
            .as(s.getSheetName())
            .isEqualTo(PrintSetup.A4_PAPERSIZE);
        if (s.getSheetName().equals("图表")) {
          continue;
        }
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
            .as(s.getSheetName())
            .isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(s.getSheetName()).isTrue();
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
      }
    }
  }

  @Test
  void sheetsPrintReadableTextWrapsAndEveryChartStartsItsOwnPage() throws IOException {
    try (XSSFWorkbook wb = read(WeeklyWorkbook.write(SampleModels.small(), dir))) {
      Sheet progress = wb.getSheet("进度");
      assertThat(progress.getRow(1).getCell(1).getCellStyle().getWrapText())
          .as("names wrap")
          .isTrue();
      for (Sheet s : wb) {
        for (int c = 0; c < 12; c++) {
          assertThat(s.getColumnWidth(c) / 256)
              .as(s.getSheetName() + " column " + c)
              .isLessThanOrEqualTo(SheetTable.MAX_WIDTH + 2);
        }
      }
      Sheet charts = wb.getSheet("图表");
      int pictures = ((XSSFSheet) charts).getDrawingPatriarch().getShapes().size();
      assertThat(charts.getRowBreaks()).hasSize(pictures - 1);
      assertThat(charts.getPrintSetup().getScale()).isEqualTo((short) 100);
    }
  }

  @Test
  void theTwoStagesHaveTheirSheets() throws IOException {
    try (XSSFWorkbook wb = read(WeeklyWorkbook.write(SampleModels.twoStage(), dir))) {
      Row cut = rowOf(wb.getSheet("达标未入选"), 2, "E009");
      assertThat(cut.getCell(6).getStringCellValue()).isEqualTo("推荐（渠道名额）");
      assertThat(cut.getCell(9).getStringCellValue()).isEqualTo("衡南县科协推荐名额");
      assertThat(cut.getCell(10).getStringCellValue()).contains("按引擎附加的决胜规则“发布总量”决定");
      Row near = rowOf(wb.getSheet("渠道推荐"), 5, "E003");
      assertThat(near.getCell(0).getStringCellValue()).isEqualTo("衡阳高新区科协");
      assertThat(near.getCell(2).getStringCellValue()).isEqualTo("未填（最接近）");
      assertThat(near.getCell(8).getStringCellValue()).isEqualTo("专家差1人、资讯差4条");
      assertThat(wb.getSheet("推荐名单").getRow(0).getCell(9).getStringCellValue()).isEqualTo("决胜规则");
      assertThat(rowOf(wb.getSheet("渠道推荐"), 5, "E001").getCell(9).getStringCellValue())
          .startsWith("与未入选的");
    }
  }

  @Test
  void countsAreGreenWhenMetAndRedWhenNot() throws IOException {
    try (XSSFWorkbook wb = read(WeeklyWorkbook.write(SampleModels.small(), dir))) {
      Sheet progress = wb.getSheet("进度");
      Row e003 = rowOf(progress, "E003");
      assertThat(fill(e003.getCell(6))).as("experts 9 of 10").isEqualTo("FFC7CE");
      assertThat(fill(e003.getCell(8))).as("achievements 6 of 6").isEqualTo("C6EFCE");
      assertThat(e003.getCell(7).getNumericCellValue()).as("experts target").isEqualTo(10);
    }
  }

  @Test
  void completionHasADataBar() throws IOException {
    try (XSSFWorkbook wb = read(WeeklyWorkbook.write(SampleModels.small(), dir))) {
      var formatting = wb.getSheet("进度").getSheetConditionalFormatting();
      assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
      assertThat(formatting.getConditionalFormattingAt(0).getRule(0).getDataBarFormatting())
          .isNotNull();
    }
  }

  @Test
  void aNameThatLooksLikeAFormulaStaysText() throws IOException {
    try (XSSFWorkbook wb = read(WeeklyWorkbook.write(SampleModels.small(), dir))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType())
                .as(sheet.getSheetName() + " " + cell.getAddress())
                .isNotEqualTo(CellType.FORMULA);
          }
        }
      }
      assertThat(rowOf(wb.getSheet("进度"), "E001").getCell(1).getStringCellValue())
          .isEqualTo(SampleModels.HOSTILE_NAME);
    }
  }

  @Test
  void phonesAreMaskedInTheShortlistAndTheQuarantine() throws IOException {
    try (XSSFWorkbook wb = read(WeeklyWorkbook.write(SampleModels.small(), dir))) {
      assertThat(rowOf(wb.getSheet("推荐名单"), 2, "E001").getCell(8).getStringCellValue())
          .isEqualTo("138****5678");
      String raw = wb.getSheet("隔离").getRow(1).getCell(5).getStringCellValue();
      assertThat(raw).contains("138****5678").doesNotContain("13812345678").contains("2022-07-01");
    }
  }

  @Test
  void rankChangesShowArrowsAndNew() throws IOException {
    try (XSSFWorkbook wb = read(WeeklyWorkbook.write(SampleModels.small(), dir))) {
      Sheet progress = wb.getSheet("进度");
      assertThat(rowOf(progress, "E002").getCell(19).getStringCellValue()).isEqualTo("▲1");
      assertThat(rowOf(progress, "E001").getCell(19).getStringCellValue()).isEqualTo("新");
      assertThat(rowOf(progress, "E004").getCell(19).getStringCellValue()).isEqualTo("▼3");
    }
  }

  @Test
  void chineseColumnsAreWiderThanNumberColumns() throws IOException {
    try (XSSFWorkbook wb = read(WeeklyWorkbook.write(SampleModels.small(), dir))) {
      Sheet progress = wb.getSheet("进度");
      assertThat(progress.getColumnWidth(1)).isGreaterThanOrEqualTo(24 * 256);
    }
  }

  @Test
  void writingTwiceGivesIdenticalBytes() throws IOException {
    ReportModel model = SampleModels.companies(500);
    Path first = Files.createDirectory(dir.resolve("a"));
    Path second = Files.createDirectory(dir.resolve("b"));
    byte[] a = Files.readAllBytes(WeeklyWorkbook.write(model, first));
    byte[] b = Files.readAllBytes(WeeklyWorkbook.write(model, second));
    assertThat(a).isEqualTo(b);
  }

  @Test
  void leavesNoTempFilesBehind() throws IOException {
    WeeklyWorkbook.write(SampleModels.small(), dir);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("weekly-report.xlsx");
    }
  }

  @Test
  void removesTheStreamingTempFiles() throws IOException {
    Path poiTemp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
    long before = countFiles(poiTemp);
    WeeklyWorkbook.write(SampleModels.companies(1000), dir);
    assertThat(countFiles(poiTemp)).isEqualTo(before);
  }

  private static long countFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  private static XSSFWorkbook read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static Row rowOf(Sheet sheet, String orgId) {
    return rowOf(sheet, 0, orgId);
  }

  private static Row rowOf(Sheet sheet, int idColumn, String orgId) {
    for (Row row : sheet) {
      Cell id = row.getCell(idColumn);
      if (id != null
          && id.getCellType() == CellType.STRING
          && id.getStringCellValue().equals(orgId)) {
        return row;
      }
    }
    throw new AssertionError(orgId + " not in " + sheet.getSheetName());
  }

  private static String fill(Cell cell) {
    return ((XSSFCellStyle) cell.getCellStyle())
        .getFillForegroundXSSFColor()
        .getARGBHex()
        .substring(2);
  }
}
