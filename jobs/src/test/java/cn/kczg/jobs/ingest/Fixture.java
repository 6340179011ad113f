package cn.kczg.jobs.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small inbox fixtures for tests. */
public final class Fixture {
  public static final String REGISTRY_HEADER =
      "机构编码,机构名称,平台账号,机构类型,办学层次,所属县市区,推荐渠道,入驻时间,负责人,联系人,联系电话";
  public static final String NEWS_HEADER = "资讯ID,标题,发布机构,平台账号,发布时间,状态";

  private Fixture() {}

  /** Writes a file into {@code inbox/<drop>/<name>} as UTF-8. */
  public static Path write(Path inbox, String drop, String name, String... lines) {
    return write(inbox, drop, name, StandardCharsets.UTF_8, lines);
  }

  /** Writes a file in the given charset. */
  public static Path write(Path inbox, String drop, String name, Charset charset, String... lines) {
    return bytes(inbox, drop, name, (String.join("\n", lines) + "\n").getBytes(charset));
  }

  /** Writes raw bytes. */
  public static Path bytes(Path inbox, String drop, String name, byte[] bytes) {
    try {
      Path dir = Files.createDirectories(inbox.resolve(drop));
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** UTF-8 with a byte-order mark. */
  public static byte[] withBom(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[utf8.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, out, 3, utf8.length);
    return out;
  }

  /** An XLSX workbook: text cells, number cells, and real Excel date cells (LocalDate). */
  public static byte[] xlsx(Object[]... rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet sheet = wb.createSheet("Sheet1");
      for (int i = 0; i < rows.length; i++) {
        Row row = sheet.createRow(i);
        for (int j = 0; j < rows[i].length; j++) {
          Object v = rows[i][j];
          if (v instanceof LocalDate d) {
            row.createCell(j).setCellValue(d);
            row.getCell(j).setCellStyle(date);
          } else if (v instanceof Number n) {
            row.createCell(j).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(j).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
