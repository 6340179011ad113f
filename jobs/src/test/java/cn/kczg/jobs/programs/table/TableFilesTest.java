package cn.kczg.jobs.programs.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.KczgException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TableFilesTest {
  private static final OutputTable TABLE =
      new OutputTable(
          "排名",
          List.of("科协名称", "总分"),
          List.of(List.of("甲科协", new BigDecimal("86.50")), Arrays.asList("乙科协", null)));

  @TempDir Path dir;

  @Test
  void workbookReadsBackThroughTheInputReaderWithTheSameCells() {
    Path file = dir.resolve("out.xlsx");
    TableFiles.writeXlsx(file, List.of(TABLE));

    InputTable read = InputTable.read(file, List.of(Column.of("科协名称"), Column.of("总分")), "test");

    assertThat(read.rows())
        .extracting(r -> r.text(Column.of("科协名称")) + "=" + r.text(Column.of("总分")))
        .containsExactly("甲科协=86.5", "乙科协=");
  }

  @Test
  void csvStartsWithAByteOrderMarkAndKeepsDecimalsAsWritten() throws IOException {
    Path file = dir.resolve("out.csv");
    TableFiles.writeCsv(file, TABLE);

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo("\uFEFF科协名称,总分\r\n甲科协,86.50\r\n乙科协,\r\n");
  }

  @Test
  void sameTablesGiveTheSameWorkbookBytes() throws IOException {
    TableFiles.writeXlsx(dir.resolve("a.xlsx"), List.of(TABLE));
    TableFiles.writeXlsx(dir.resolve("b.xlsx"), List.of(TABLE));

    assertThat(Files.readAllBytes(dir.resolve("a.xlsx")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b.xlsx")));
  }

  @Test
  void headerIsFoundBelowATitleRowAndMissingColumnsAreNamed() {
    byte[] titled = "2023年考核表\n科协名称,总分\n甲,1\n".getBytes(StandardCharsets.UTF_8);
    assertThat(InputTable.read(titled, "t.csv", List.of(Column.of("科协名称")), "p").rows()).hasSize(1);

    assertThatThrownBy(
            () ->
                InputTable.read(
                    "名称,分\n".getBytes(StandardCharsets.UTF_8),
                    "t.csv",
                    List.of(Column.of("科协名称")),
                    "p"))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "Column 科协名称 missing in t.csv; the program 'p' needs it in the header row. Add it "
                + "(see data-samples/p/ for a sample file). Nothing was written.");
  }
}
