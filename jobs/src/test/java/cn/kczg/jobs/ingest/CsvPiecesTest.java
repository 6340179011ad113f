package cn.kczg.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.read.SourceFileParser;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.source.SourceDefinitions;
import cn.kczg.schemas.text.TextDecoder;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A CSV export cut into pieces and parsed piece by piece gives exactly the rows, lines, values and
 * quarantine reasons of the whole file parsed at once, whatever the piece size.
 */
final class CsvPiecesTest {
  static final SourceDefinition NEWS = SourceDefinitions.builtIn().byId("news").orElseThrow();
  static final String FILE = "2022-07-04/资讯.csv";

  /** 60 rows: quoted commas and line breaks (LF and CRLF), a quote inside quotes, bad rows. */
  static String news(String eol) {
    StringBuilder b = new StringBuilder("科创中国资讯导出" + eol + eol + Fixture.NEWS_HEADER + eol);
    for (int i = 1; i <= 60; i++) {
      String title =
          switch (i % 6) {
            case 0 -> "\"标题,含逗号\"";
            case 1 -> "\"两行\n标题\"";
            case 2 -> "\"三行\r\n标题\r\n" + i + "\"";
            case 3 -> "\"引号\"\"内\"\"\"";
            default -> "标题" + i;
          };
      String date = i % 7 == 0 ? "下周" : "2022-07-0" + (1 + i % 9);
      b.append("n").append(i).append(',').append(title).append(",衡阳市甲科技有限公司,acc-a,");
      b.append(date).append(",已发布").append(eol);
      if (i % 10 == 0) {
        b.append(eol); // a blank line: skipped, but counted as a line
      }
    }
    return b.toString();
  }

  private static List<String> whole(byte[] bytes) {
    return describe(new SourceFileParser(NEWS).parseAll(bytes, FILE));
  }

  private static List<String> pieced(byte[] bytes, Charset charset, long target) {
    SourceFileParser parser = new SourceFileParser(NEWS);
    int start = TextDecoder.textStart(bytes);
    String text = new String(bytes, start, bytes.length - start, charset);
    SourceFileParser.CsvHeader header = parser.csvHeader(text, FILE, true).orElseThrow();
    List<CsvPieces.Piece> pieces =
        CsvPieces.split(bytes, start, header.line(), target).orElseThrow();
    List<RowOutcome> rows = new ArrayList<>();
    for (CsvPieces.Piece p : pieces) {
      var reader =
          new InputStreamReader(
              new ByteArrayInputStream(bytes, (int) p.start(), (int) (p.end() - p.start())),
              charset);
      parser.csvDataRows(reader, p.firstLine(), header.cells(), FILE).forEachRemaining(rows::add);
    }
    return describe(rows);
  }

  private static List<String> describe(List<RowOutcome> rows) {
    return rows.stream()
        .map(
            r ->
                r.line()
                    + " "
                    + (r.accepted() ? java.util.Arrays.toString(r.values()) : r.reason())
                    + " "
                    + r.raw())
        .toList();
  }

  @Test
  void linesStayExactAcrossPieceBoundariesWithQuotedLineBreaks() {
    for (String eol : List.of("\n", "\r\n")) {
      byte[] bytes = news(eol).getBytes(StandardCharsets.UTF_8);
      List<String> expected = whole(bytes);
      assertThat(expected).hasSize(60);
      for (long target : List.of(1L, 37L, 200L, 1000L, 1L << 20)) {
        assertThat(pieced(bytes, StandardCharsets.UTF_8, target))
            .as("eol %s, target %d", eol.length(), target)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void aRowAfterATwoLineCellKeepsItsFileLine() {
    byte[] bytes =
        (Fixture.NEWS_HEADER
                + "\nn1,\"两行\n标题\",衡阳市甲科技有限公司,,2022-07-01,已发布\nn2,t,衡阳市甲科技有限公司,,下周,已发布\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(pieced(bytes, StandardCharsets.UTF_8, 1))
        .extracting(s -> s.substring(0, s.indexOf(' ')))
        .containsExactly("2", "4");
  }

  @Test
  void gb18030AndBomFilesArePiecedLikeUtf8() {
    String text = news("\r\n");
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] gb = text.getBytes(Charset.forName("GB18030"));
    byte[] bom = Fixture.withBom(text);
    assertThat(TextDecoder.charsetOf(gb, FILE)).isEqualTo("GB18030");
    assertThat(TextDecoder.charsetOf(bom, FILE)).isEqualTo("UTF-8 (BOM)");
    for (long target : List.of(1L, 64L, 500L)) {
      assertThat(pieced(gb, Charset.forName("GB18030"), target)).isEqualTo(whole(utf8));
      assertThat(pieced(bom, StandardCharsets.UTF_8, target)).isEqualTo(whole(utf8));
    }
  }

  @Test
  void piecesAreAboutEqualAndCoverTheDataRecordsOnly() {
    String text = news("\n");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    long dataStart = text.substring(0, text.indexOf("n1,")).getBytes(StandardCharsets.UTF_8).length;
    List<CsvPieces.Piece> pieces = CsvPieces.split(bytes, 0, 3, 1000).orElseThrow();
    assertThat(pieces).hasSizeGreaterThan(3);
    assertThat(pieces.get(0).start()).isEqualTo(dataStart);
    assertThat(pieces.get(0).firstLine()).isEqualTo(4);
    assertThat(pieces.get(pieces.size() - 1).end()).isEqualTo(bytes.length);
    for (int i = 1; i < pieces.size(); i++) {
      assertThat(pieces.get(i).start()).isEqualTo(pieces.get(i - 1).end());
    }
    long size = (bytes.length - dataStart + pieces.size() - 1) / pieces.size();
    assertThat(pieces).allSatisfy(p -> assertThat(p.end() - p.start()).isLessThan(size + 200));
  }

  @Test
  void aHeaderOnlyFileHasNoPieces() {
    byte[] bytes = (Fixture.NEWS_HEADER + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(CsvPieces.split(bytes, 0, 1, 1)).hasValue(List.of());
    byte[] noNewline = Fixture.NEWS_HEADER.getBytes(StandardCharsets.UTF_8);
    assertThat(CsvPieces.split(noNewline, 0, 1, 1)).hasValue(List.of());
  }

  @Test
  void quotingCommonsCsvWouldRefuseIsNotCut() {
    byte[] trailing =
        (Fixture.NEWS_HEADER + "\nn1,\"标题\"x,甲,,2022-07-01,已发布\n").getBytes(StandardCharsets.UTF_8);
    byte[] open =
        (Fixture.NEWS_HEADER + "\nn1,\"标题,甲,,2022-07-01,已发布\n").getBytes(StandardCharsets.UTF_8);
    assertThat(CsvPieces.split(trailing, 0, 1, 1)).isEmpty();
    assertThat(CsvPieces.split(open, 0, 1, 1)).isEmpty();
  }
}
