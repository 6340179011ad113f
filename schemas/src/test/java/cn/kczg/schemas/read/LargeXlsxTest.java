package cn.kczg.schemas.read;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.source.SourceDefinitions;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet of Excel's full 1,048,576 rows is read, streamed from the file: the fixture (about 150 MB
 * of sheet XML) is written into a temporary folder by the test, never committed.
 */
final class LargeXlsxTest {
  static final SourceDefinition NEWS = SourceDefinitions.builtIn().byId("news").orElseThrow();
  static final int ROWS = 1_048_576;

  @Test
  void aSheetOfAMillionRowsIsReadToItsLastRow(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("资讯.xlsx");
    write(file);
    long[] accepted = new long[1];
    long[] lastLine = new long[1];
    SourceFileParser.Summary summary =
        new SourceFileParser(NEWS)
            .parse(
                file,
                "2022-07-04/资讯.xlsx",
                row -> {
                  accepted[0] += row.accepted() ? 1 : 0;
                  lastLine[0] = row.line();
                });
    assertThat(summary.read()).isEqualTo(ROWS - 1);
    assertThat(accepted[0]).isEqualTo(ROWS - 1);
    assertThat(lastLine[0]).isEqualTo(ROWS);
  }

  /** The sheet XML streamed straight into the zip: no row is ever held. */
  private static void write(Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_SPEED);
      RawXlsx frame = new RawXlsx().sheet("Sheet1", "");
      byte[] template = frame.bytes();
      copyFrameExceptSheet(template, zip);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      xml.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
              + RawXlsx.MAIN
              + "\"><sheetData>");
      xml.write(RawXlsx.inlineRow("资讯ID", "标题", "发布机构", "平台账号", "发布时间", "状态"));
      for (int i = 2; i <= ROWS; i++) {
        xml.write(
            RawXlsx.inlineRow(
                "ZX-" + i,
                "工作动态第" + i + "期",
                "衡阳市机构" + (i % 997),
                "",
                "2022-07-0" + (1 + i % 9),
                "已发布"));
      }
      xml.write("</sheetData></worksheet>");
      xml.flush();
      zip.closeEntry();
    }
  }

  private static void copyFrameExceptSheet(byte[] template, ZipOutputStream zip)
      throws IOException {
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(template))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.getName().equals("xl/worksheets/sheet1.xml")) {
          zip.putNextEntry(new ZipEntry(e.getName()));
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
    }
  }
}
