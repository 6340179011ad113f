package cn.kczg.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class SheetTableTest {
  @Test
  void textLongerThanACellHoldsIsCutWithANote() {
    String evidence = "item ".repeat(10_000);
    String cell = SheetTable.fit(evidence);
    assertThat(cell).hasSize(SheetTable.MAX_CELL_TEXT).endsWith("…（已截断，CSV文件中有全文）");
    assertThat(SheetTable.fit("资讯 27 items")).isEqualTo("资讯 27 items");
  }
}
