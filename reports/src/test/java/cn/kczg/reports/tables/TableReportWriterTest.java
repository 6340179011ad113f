package cn.kczg.reports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.forms.Form;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TableReportWriterTest {
  @TempDir Path tmp;

  private static TableReport report() {
    ResultTable ranking =
        ResultTable.withCsv(
            "排名",
            "ranking.csv",
            List.of("排名", "名称", "总分"),
            List.of(
                List.of(1, "甲科协", new BigDecimal("86.50")),
                Arrays.asList(2, "=HYPERLINK(\"x\") 13812345678", null)));
    Form form =
        new Form(
            "申请表-甲.xlsx",
            "申请表",
            "申请表",
            List.of(20, 30),
            List.of(Form.Row.of(0, Form.Cell.label("名称"), Form.Cell.value("甲 13812345678", 1))));
    return new TableReport(
        "测试", LocalDate.of(2023, 6, 30), "tables.xlsx", List.of(ranking), List.of(form));
  }

  @Test
  void theWorkbookCsvAndFormsAreWrittenWithTheSameBytesTwice() throws IOException {
    List<Path> a = TableReportWriter.write(report(), tmp.resolve("a"));
    List<Path> b = TableReportWriter.write(report(), tmp.resolve("b"));

    assertThat(a)
        .extracting(p -> tmp.resolve("a").relativize(p).toString())
        .containsExactly("tables.xlsx", "ranking.csv", "forms/申请表-甲.xlsx");
    for (int i = 0; i < a.size(); i++) {
      assertThat(Files.readAllBytes(a.get(i))).isEqualTo(Files.readAllBytes(b.get(i)));
    }
  }

  @Test
  void csvTextIsGuardedAndMaskedWhileNumbersAreWrittenAsTheyAre() throws IOException {
    Path csv = TableReportWriter.write(report(), tmp).get(1);

    assertThat(Files.readString(csv, StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFF排名,名称,总分\r\n1,甲科协,86.50\r\n" + "2,\"'=HYPERLINK(\"\"x\"\") 138****5678\",\r\n");
  }

  @Test
  void theFormKeepsItsTextWhole() throws IOException {
    Path form = TableReportWriter.write(report(), tmp).get(2);

    try (InputStream in = Files.newInputStream(form);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("申请表");
      assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("甲 13812345678");
    }
  }
}
