package cn.kczg.schemas.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.source.SourceDefinitions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and odd workbooks at the parser, written part by part as other writers and attackers
 * write them: each ends read as Excel reads it, or refused with one line naming the file; nothing
 * prints a stack trace.
 */
final class HostileWorkbooksTest {
  /** These tests read the English wording (--lang en); Chinese is the default. */
  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  static final SourceDefinition NEWS = SourceDefinitions.builtIn().byId("news").orElseThrow();
  static final String[] HEADER = {"资讯ID", "标题", "发布机构", "平台账号", "发布时间", "状态"};
  static final String FILE = "2022-07-04/资讯.xlsx";

  private static Attempt news(byte[] xlsx) {
    return Attempt.of(NEWS, xlsx, FILE);
  }

  private static RawXlsx oneSheet(String rowsXml) {
    return new RawXlsx().sheet("Sheet1", rowsXml);
  }

  @Test
  void cellsAndRowsWithoutReferencesFollowTheOnesBefore() {
    String rows =
        RawXlsx.inlineRow(HEADER)
            + "<row><c t=\"inlineStr\"><is><t>ZX-1</t></is></c><c t=\"inlineStr\"><is><t>标题</t></is></c>"
            + "<c t=\"inlineStr\"><is><t>衡阳市科协</t></is></c><c/>"
            + "<c t=\"inlineStr\"><is><t>2022-07-01</t></is></c><c t=\"inlineStr\"><is><t>已发布</t></is></c></row>"
            + "<row r=\"5\">"
            + "<c r=\"A5\" t=\"inlineStr\"><is><t>ZX-2</t></is></c>"
            + "<c r=\"C5\" t=\"inlineStr\"><is><t>衡阳市科协</t></is></c>"
            + "<c t=\"inlineStr\"><is><t>acc</t></is></c>"
            + "<c t=\"inlineStr\"><is><r><t>2022-07-</t></r><r><t>02</t></r></is></c>"
            + "<c t=\"inlineStr\"><is><t>已发布</t></is></c></row>";
    List<RowOutcome> read = news(oneSheet(rows).bytes()).read();
    assertThat(read).extracting(RowOutcome::line).containsExactly(2L, 5L);
    assertThat(read.get(0).values()).startsWith("ZX-1", "衡阳市科协", null);
    assertThat(read.get(1).values()).startsWith("ZX-2", "衡阳市科协", "acc");
    assertThat(read.get(1).values()[3]).hasToString("2022-07-02");
  }

  @Test
  void aWorkbookWithoutSharedStringsIsReadFromItsInlineStrings() {
    String rows =
        RawXlsx.inlineRow(HEADER)
            + RawXlsx.inlineRow("ZX-1", "标题", "衡阳市科协", "", "2022-07-01", "已发布");
    assertThat(news(oneSheet(rows).bytes()).read()).singleElement().matches(RowOutcome::accepted);
  }

  @Test
  void sharedStringsAndNumbersAreReadAsExcelShowsThem() {
    String rows =
        "<row r=\"1\">"
            + cells("s", "0", "1", "2", "3", "4", "5")
            + "</row><row r=\"2\"><c r=\"A2\"><v>1003</v></c>"
            + "<c r=\"C2\" t=\"s\"><v>6</v></c><c r=\"E2\" t=\"str\"><f>\"2022-07-01\"</f><v>2022-07-01</v></c>"
            + "<c r=\"F2\" t=\"s\"><v>7</v></c></row>";
    byte[] xlsx = oneSheet(rows).sharedStrings(concat(HEADER, "衡阳市科协", "已发布")).bytes();
    RowOutcome row = news(xlsx).read().get(0);
    assertThat(row.raw()).isEqualTo("1003,,衡阳市科协,,2022-07-01,已发布");
    assertThat(row.accepted()).isTrue();
  }

  @Test
  void aSharedStringCellWithoutASharedStringsPartIsRefusedClearly() {
    String rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
    assertThat(news(oneSheet(rows).bytes()).refused())
        .isEqualTo(
            "Cannot read 2022-07-04/资讯.xlsx: a cell refers to shared string 0, but the workbook has"
                + " no shared-strings part; the file is damaged. Save it again in Excel.");
  }

  @Test
  void aSharedStringIndexPastTheEndIsRefusedClearly() {
    String rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>57</v></c></row>";
    assertThat(news(oneSheet(rows).sharedStrings("a").bytes()).refused())
        .contains(
            "a cell refers to shared string 57, which the workbook's shared-strings part does not hold");
  }

  @Test
  void theRowsOfASecondSheetAreReportedNotDropped() {
    RawXlsx xlsx =
        oneSheet(
                RawXlsx.inlineRow(HEADER)
                    + RawXlsx.inlineRow("ZX-1", "t", "甲", "", "2022-07-01", "已发布"))
            .sheet(
                "补充",
                RawXlsx.inlineRow(HEADER)
                    + RawXlsx.inlineRow("ZX-2", "t", "甲", "", "2022-07-01", "已发布"))
            .sheet("空白", "");
    Attempt a = news(xlsx.bytes());
    assertThat(a.read()).hasSize(1);
    assertThat(a.summary().notes())
        .containsExactly(
            "Sheet '补充' of 2022-07-04/资讯.xlsx was not read: it holds 2 row(s), and the source"
                + " 'news' reads only the sheets its definition names (the first sheet when it names"
                + " none). To read it, list it under sheets: in"
                + " schemas/src/main/resources/sources/news.yaml.");
  }

  @Test
  void theSheetsADefinitionNamesAreReadEachWithItsOwnHeader() {
    RawXlsx xlsx =
        oneSheet(RawXlsx.inlineRow("说明：本表为测试"))
            .sheet(
                "一月",
                RawXlsx.inlineRow(HEADER)
                    + RawXlsx.inlineRow("ZX-1", "t", "甲", "", "2022-07-01", "已发布"))
            .sheet(
                "二月",
                RawXlsx.inlineRow("标题行")
                    + RawXlsx.inlineRow(HEADER)
                    + RawXlsx.inlineRow("ZX-2", "t", "甲", "", "下周", "已发布"));
    Attempt a = Attempt.of(withSheets("[一月, 二月]"), xlsx.bytes(), FILE);
    assertThat(a.read()).extracting(RowOutcome::line).containsExactly(2L, 3L);
    assertThat(a.rows().get(1).detail()).isEqualTo("sheet '二月': 发布时间 '下周' is not a date");
    assertThat(a.summary().notes()).singleElement().asString().startsWith("Sheet 'Sheet1' of");
  }

  @Test
  void aSheetTheDefinitionNamesButTheWorkbookLacksRefusesTheFile() {
    RawXlsx xlsx = oneSheet(RawXlsx.inlineRow(HEADER));
    assertThat(Attempt.of(withSheets("[明细]"), xlsx.bytes(), FILE).refused())
        .isEqualTo(
            "Cannot read 2022-07-04/资讯.xlsx: it has no sheet '明细', which the source 'news-sheets'"
                + " reads (sheets: in test/news-sheets.yaml). Its sheets are 'Sheet1'. Rename the"
                + " sheet, or change sheets: in the definition.");
  }

  @Test
  void aZipBombIsRefusedByItsRatioNamingThePart() {
    String padding = " ".repeat(30 << 20); // 30 MB of blanks compress about a thousand times
    byte[] xlsx = oneSheet(RawXlsx.inlineRow(HEADER) + padding).bytes();
    assertThat(xlsx.length).isLessThan(1 << 20);
    assertThat(news(xlsx).refused())
        .isEqualTo(
            "Cannot read 2022-07-04/资讯.xlsx: its part xl/worksheets/sheet1.xml inflates to more"
                + " than 100 times its compressed size, as a zip bomb does; the file is refused. If"
                + " it is a genuine export, export the data as CSV.");
  }

  @Test
  void aPartLargerThanItsLimitIsRefusedNamingThePartAndTheLimit(@TempDir Path dir)
      throws IOException {
    StringBuilder rows = new StringBuilder(RawXlsx.inlineRow(HEADER));
    for (int i = 0; i < 20_000; i++) {
      rows.append(RawXlsx.inlineRow("ZX-" + i, "标题" + i, "机构" + (i % 97), "", "2022-07-01", "已发布"));
    }
    Path file = dir.resolve("big.xlsx");
    Files.write(file, oneSheet(rows.toString()).bytes());
    WorkbookLimits small = new WorkbookLimits(1_048_576, 1 << 20, 1 << 20, 0.01);
    assertThatThrownBy(() -> XlsxRows.read(file, FILE, SheetChoice.FIRST, small, row -> {}))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "Cannot read 2022-07-04/资讯.xlsx: its part /xl/worksheets/sheet1.xml is larger than 1"
                + " MiB uncompressed, the limit for it. Split the export into smaller files, or"
                + " export it as CSV.");
  }

  @Test
  void aRowBeyondTheLastRowExcelHasIsRefused() {
    String rows =
        RawXlsx.inlineRow(HEADER)
            + "<row r=\"1048577\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
    assertThat(news(oneSheet(rows).bytes()).refused())
        .isEqualTo(
            "Cannot read 2022-07-04/资讯.xlsx: sheet 'Sheet1' has rows beyond row 1,048,576, the"
                + " most a sheet can hold; the file is damaged or was not written by Excel.");
  }

  @Test
  void aCellBeyondTheLastColumnIsRefused() {
    String rows = "<row r=\"1\"><c r=\"ZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
    assertThat(news(oneSheet(rows).bytes()).refused()).contains("has a cell at 'ZZZZ1'");
  }

  @Test
  void aDoctypeAndEntityExpansionAreRefused() {
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<worksheet xmlns=\""
            + RawXlsx.MAIN
            + "\"><sheetData><row><c t=\"inlineStr\"><is><t>&lol2;&xxe;</t></is></c></row>"
            + "</sheetData></worksheet>";
    byte[] xlsx = oneSheet("").part("xl/worksheets/sheet1.xml", bomb).bytes();
    assertThat(news(xlsx).refused())
        .startsWith("Cannot read 2022-07-04/资讯.xlsx: it is not a readable XLSX workbook (");
  }

  @Test
  void contentBeforeTheXmlPrologIsRefused() {
    byte[] xlsx =
        oneSheet("").part("[Content_Types].xml", "junk<?xml version=\"1.0\"?><Types/>").bytes();
    assertThat(news(xlsx).refused())
        .startsWith("Cannot read 2022-07-04/资讯.xlsx: it is not a readable XLSX workbook (");
  }

  @Test
  void aMailtoRelationshipIsReadOrRefusedWithoutAStackTrace() {
    byte[] xlsx =
        oneSheet(
                RawXlsx.inlineRow(HEADER)
                    + RawXlsx.inlineRow("ZX-1", "t", "甲", "", "2022-07-01", "已发布"))
            .rootRelationship(
                "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\""
                    + " Target=\"mailto:a b@c d\" TargetMode=\"External\"/>")
            .bytes();
    news(xlsx).accounted();
  }

  @Test
  void bytesThatAreNoWorkbookAreRefusedNamingTheFile() {
    byte[] notZip = "PK\u0003\u0004 this is not a workbook".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(news(notZip).refused())
        .startsWith("Cannot read 2022-07-04/资讯.xlsx: it is not a readable XLSX workbook (");
    byte[] noOle = "not a workbook at all, just text".getBytes(StandardCharsets.UTF_8);
    assertThat(Attempt.of(NEWS, noOle, "2022-07-04/资讯.xls").refused())
        .startsWith("Cannot read 2022-07-04/资讯.xls: it is not a readable XLS workbook (");
  }

  @Test
  void aWorkbookUnderTheOtherExcelExtensionIsToldToBeRenamed() throws IOException {
    assertThat(Attempt.of(NEWS, xls(), FILE).refused())
        .isEqualTo(
            "Cannot read 2022-07-04/资讯.xlsx: it is an Excel 97-2003 workbook under another"
                + " extension; rename it to .xls");
    assertThat(Attempt.of(NEWS, oneSheet("").bytes(), "2022-07-04/资讯.xls").refused())
        .isEqualTo(
            "Cannot read 2022-07-04/资讯.xls: it is an XLSX workbook under another extension;"
                + " rename it to .xlsx");
  }

  @Test
  void anXlsItemFileIsReadWithItsSecondSheetReported() throws IOException {
    Attempt a = Attempt.of(NEWS, xls(), "2022-07-04/资讯.xls");
    assertThat(a.read()).singleElement().matches(RowOutcome::accepted);
    assertThat(a.rows().get(0).values()[3]).hasToString("2022-07-01");
    assertThat(a.summary().notes()).singleElement().asString().startsWith("Sheet '其他' of");
  }

  private static byte[] xls() throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("资讯");
      var header = sheet.createRow(0);
      for (int i = 0; i < HEADER.length; i++) {
        header.createCell(i).setCellValue(HEADER[i]);
      }
      var row = sheet.createRow(1);
      String[] values = {"ZX-1", "标题", "衡阳市科协", "", "", "已发布"};
      for (int i = 0; i < values.length; i++) {
        row.createCell(i).setCellValue(values[i]);
      }
      var date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy年m月d日"));
      row.getCell(4).setCellValue(java.time.LocalDate.of(2022, 7, 1));
      row.getCell(4).setCellStyle(date);
      wb.createSheet("其他").createRow(3).createCell(2).setCellValue("备注");
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static SourceDefinition withSheets(String sheets) {
    String yaml =
        "id: news-sheets\nrole: items\nkind: news\nfiles: [\"资讯*\"]\nsheets: "
            + sheets
            + "\nfields:\n  item_id: {columns: [资讯ID], required: true}\n"
            + "  org_name: {columns: [发布机构], required: true}\n  account: 平台账号\n"
            + "  item_date: {columns: [发布时间], required: true}\n"
            + "  status: {columns: [状态], required: true}\n  title: 标题\n";
    return SourceDefinitions.parse(yaml.getBytes(StandardCharsets.UTF_8), "test/news-sheets.yaml");
  }

  private static String cells(String type, String... values) {
    StringBuilder out = new StringBuilder();
    char col = 'A';
    for (String v : values) {
      out.append("<c r=\"").append(col++).append("1\" t=\"").append(type).append("\"><v>");
      out.append(v).append("</v></c>");
    }
    return out.toString();
  }

  private static String[] concat(String[] head, String... tail) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(tail));
    return all.toArray(String[]::new);
  }
}
