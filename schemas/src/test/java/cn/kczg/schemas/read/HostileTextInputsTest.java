package cn.kczg.schemas.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.source.SourceDefinitions;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile and odd text inputs at the parser: each file ends read, quarantined row by row, or
 * refused with one line naming the file (and the line); rows read = accepted + rejected; nothing
 * prints a stack trace.
 */
final class HostileTextInputsTest {
  /** These tests read the English wording (--lang en); Chinese is the default. */
  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  static final SourceDefinitions DEFS = SourceDefinitions.builtIn();
  static final SourceDefinition NEWS = DEFS.byId("news").orElseThrow();
  static final SourceDefinition SNAPSHOT = DEFS.byId("snapshot").orElseThrow();
  static final String HEADER = "资讯ID,标题,发布机构,平台账号,发布时间,状态";
  static final String FILE = "2022-07-04/资讯.csv";

  private static Attempt news(String... lines) {
    String csv = HEADER + "\n" + String.join("\n", lines) + "\n";
    return Attempt.of(NEWS, csv.getBytes(StandardCharsets.UTF_8), FILE);
  }

  @Test
  void textAfterAClosingQuoteRefusesTheFileNamingItsLine() {
    String message =
        news("ZX-1,标题,衡阳市科协,,2022-07-01,已发布", "ZX-2,\"标题\"尾巴,衡阳市科协,,2022-07-01,已发布").refused();
    assertThat(message)
        .startsWith(
            "Cannot read 2022-07-04/资讯.csv: line 3 is not well-formed CSV (text after a closing quote).");
  }

  @Test
  void anUnbalancedQuoteRefusesTheFileNamingTheLineItOpensOn() {
    String message =
        news(
                "ZX-1,标题,衡阳市科协,,2022-07-01,已发布",
                "ZX-2,\"没有结束的引号,衡阳市科协,,2022-07-01,已发布",
                "ZX-3,t,甲,,2022-07-01,已发布")
            .refused();
    assertThat(message)
        .startsWith(
            "Cannot read 2022-07-04/资讯.csv: line 3 is not well-formed CSV (a quote opened here is never closed).");
  }

  @Test
  void aFileWellFormedAtFirstAndBrokenFurtherDownIsRefusedNamingTheBrokenLine() {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 500; i++) {
      lines.add("ZX-" + i + ",标题" + i + ",衡阳市科协,,2022-07-01,已发布");
    }
    lines.add("ZX-501,\"a\"\"b\"c\",衡阳市科协,,2022-07-01,已发布");
    assertThat(news(lines.toArray(String[]::new)).refused())
        .contains("line 502 is not well-formed");
  }

  @Test
  void aBrokenRecordInAPieceOfAFileIsRefusedWithTheFilesLine() {
    SourceFileParser parser = new SourceFileParser(NEWS);
    String piece = "ZX-9,t,甲,,2022-07-01,已发布\nZX-10,\"t\"x,甲,,2022-07-01,已发布\n";
    Iterator<RowOutcome> rows =
        parser.csvDataRows(new StringReader(piece), 1001, List.of(HEADER.split(",")), FILE);
    assertThat(rows.next().line()).isEqualTo(1001);
    assertThatThrownBy(rows::hasNext)
        .isInstanceOf(KczgException.class)
        .hasMessageStartingWith(
            "Cannot read 2022-07-04/资讯.csv: line 1002 is not well-formed CSV (text after a closing quote).");
  }

  @Test
  void aNulByteInAnIdQuarantinesTheRowAndIsShownEscaped() {
    List<RowOutcome> rows =
        news("ZX\u0000-1,标题,衡阳市科协,,2022-07-01,已发布", "ZX-2,标题\u0000,衡阳市科协,,2022-07-01,已发布").read();
    assertThat(rows.get(0).reason()).isEqualTo("CONTROL_CHARACTER");
    assertThat(rows.get(0).detail())
        .isEqualTo(
            "资讯ID holds the control character U+0000 at position 3; such a value is damaged (fix the export)");
    assertThat(rows.get(0).raw()).startsWith("ZX\\u0000-1,标题");
    // a free-text field is not a key: the row counts, its raw text stays escaped for outputs
    assertThat(rows.get(1).accepted()).isTrue();
  }

  @Test
  void otherControlCharactersInAKeyQuarantineButATabDoesNot() {
    List<RowOutcome> rows =
        news(
                "ZX-1,t,衡阳\u0007市科协,,2022-07-01,已发布",
                "ZX-2,t,衡阳市科协,acc\u001b,2022-07-01,已发布",
                "ZX-3,t,衡阳\t市科协,,2022-07-01,已发布")
            .read();
    assertThat(rows)
        .extracting(RowOutcome::reason)
        .containsExactly("CONTROL_CHARACTER", "CONTROL_CHARACTER", null);
  }

  @Test
  void anIdMadeOfInvisibleCharactersIsMissing() {
    List<RowOutcome> rows = news("\u200b\ufeff,t,衡阳市科协,,2022-07-01,已发布").read();
    assertThat(rows.get(0).reason()).isEqualTo("MISSING_ID");
  }

  @Test
  void anInvalidTimeOfDayIsABadDate() {
    List<RowOutcome> rows =
        news("ZX-1,t,衡阳市科协,,2022-07-01 25:61:00,已发布", "ZX-2,t,衡阳市科协,,2022-07-01 23:59:59,已发布")
            .read();
    assertThat(rows.get(0).reason()).isEqualTo("BAD_DATE");
    assertThat(rows.get(0).detail()).isEqualTo("发布时间 '2022-07-01 25:61:00' is not a date");
    assertThat(rows.get(1).values()[3]).isEqualTo(LocalDate.of(2022, 7, 1));
  }

  @Test
  void unknownStatusesAreReportedPerValueWithTheirLinesAndStillDoNotCount() {
    Attempt a =
        news(
            "ZX-1,t,甲,,2022-07-01,PUBLISHED",
            "ZX-2,t,甲,,2022-07-01,已发布",
            "ZX-3,t,甲,,2022-07-01,已發布",
            "ZX-4,t,甲,,2022-07-01,PUBLISHED",
            "ZX-5,t,甲,,2022-07-01,已下架",
            "ZX-6,t,甲,,2022-07-01,");
    assertThat(a.read()).allSatisfy(r -> assertThat(r.accepted()).isTrue());
    assertThat(a.summary().unknownStatuses())
        .containsExactly(
            new UnknownStatuses.UnknownStatus("PUBLISHED", 2, List.of(2L, 5L)),
            new UnknownStatuses.UnknownStatus("已發布", 1, List.of(4L)));
    assertThat(a.summary().notes())
        .contains(
            "状态 'PUBLISHED' in 2022-07-04/资讯.csv (2 row(s), line 2, 5) is not a status the source"
                + " 'news' knows, so these rows do not count. If it means published, add it to"
                + " published: in schemas/src/main/resources/sources/news.yaml; otherwise add it to"
                + " not_published:.");
    assertThat(NEWS.isPublished("PUBLISHED")).isFalse();
  }

  @Test
  void piecesOfAFileMergeTheirUnknownStatuses() {
    SourceFileParser parser = new SourceFileParser(NEWS);
    UnknownStatuses all = new UnknownStatuses(NEWS);
    for (String piece : List.of("a,t,甲,,2022-07-01,PUBLISHED\n", "b,t,甲,,2022-07-01,PUBLISHED\n")) {
      UnknownStatuses one = new UnknownStatuses(NEWS);
      parser
          .csvDataRows(
              new StringReader(piece),
              piece.startsWith("a") ? 2 : 3,
              List.of(HEADER.split(",")),
              FILE)
          .forEachRemaining(one::offer);
      all.merge(one);
    }
    assertThat(all.found())
        .containsExactly(new UnknownStatuses.UnknownStatus("PUBLISHED", 2, List.of(2L, 3L)));
  }

  @Test
  void aBlankSnapshotCountIsQuarantinedNotZero() {
    String csv =
        "机构名称,平台账号,专家数,成果数,需求数,资讯数,活动数,统计截止日期\n"
            + "衡阳市甲科技有限公司,acc-a,3, ,0,12,1,2022-07-08\n"
            + "衡阳市乙科技有限公司,acc-b,3,0,0,12,1,2022-07-08\n";
    List<RowOutcome> rows =
        Attempt.of(SNAPSHOT, csv.getBytes(StandardCharsets.UTF_8), "2022-07-11/机构统计.csv").read();
    assertThat(rows).extracting(RowOutcome::reason).containsExactly("MISSING_COUNT", null);
  }

  @Test
  void utf16TextWithAByteOrderMarkIsReadAsItsCsvIs() {
    String rows = "ZX-1\t标题\t衡阳市科协\t\t2022-07-01\t已发布\nZX-2\t\"带,逗号\"\t衡阳市科协\t\t2022/7/2\t已下架\n";
    String tsv = HEADER.replace(',', '\t') + "\n" + rows;
    List<RowOutcome> expected =
        news("ZX-1,标题,衡阳市科协,,2022-07-01,已发布", "ZX-2,\"带,逗号\",衡阳市科协,,2022/7/2,已下架").read();
    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] text = tsv.getBytes(charset);
      byte[] bom = "\ufeff".getBytes(charset);
      byte[] file = new byte[bom.length + text.length];
      System.arraycopy(bom, 0, file, 0, bom.length);
      System.arraycopy(text, 0, file, bom.length, text.length);
      Attempt a = Attempt.of(NEWS, file, "2022-07-04/资讯.txt");
      assertThat(a.read())
          .extracting(RowOutcome::values)
          .containsExactlyElementsOf(expected.stream().map(RowOutcome::values).toList());
      assertThat(a.summary().encoding()).isEqualTo(charset.name() + " (BOM)");
    }
  }

  @Test
  void aTabSeparatedHeaderGivesPiecesItsDelimiter() {
    SourceFileParser parser = new SourceFileParser(NEWS);
    String tsv = HEADER.replace(',', '\t') + "\nZX-1\t标题,逗号\t衡阳市科协\t\t2022-07-01\t已发布\n";
    SourceFileParser.CsvHeader header = parser.csvHeader(tsv, FILE, true).orElseThrow();
    assertThat(header.delimiter()).isEqualTo('\t');
    Iterator<RowOutcome> rows =
        parser.csvDataRows(new StringReader(tsv.substring(tsv.indexOf('\n') + 1)), 2, header, FILE);
    assertThat(rows.next().values()[5]).isEqualTo("标题,逗号");
    Iterator<RowOutcome> inferred =
        parser.csvDataRows(
            new StringReader(tsv.substring(tsv.indexOf('\n') + 1)), 2, header.cells(), FILE);
    assertThat(inferred.next().values()[5]).isEqualTo("标题,逗号");
    Iterator<RowOutcome> commas =
        parser.csvDataRows(
            new StringReader("ZX-1,标题\t制表,衡阳市科协,,2022-07-01,已发布\n"), 2, header.cells(), FILE);
    assertThat(commas.next().values()[5]).isEqualTo("标题\t制表");
  }

  @Test
  void bytesThatAreNoTextAreRefusedNamingTheFile() {
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    assertThat(Attempt.of(NEWS, binary, FILE).refused())
        .startsWith("Cannot read 2022-07-04/资讯.csv: it is neither UTF-8 nor GBK/GB18030 text");
  }

  @Test
  void aUtf16MarkFollowedByBrokenTextIsRefused() {
    byte[] broken = {(byte) 0xFF, (byte) 0xFE, 0x41, 0x00, 0x00, (byte) 0xDC};
    assertThat(Attempt.of(NEWS, broken, FILE).refused())
        .isEqualTo(
            "Cannot read 2022-07-04/资讯.csv: it starts with a UTF-16LE byte-order mark but is not"
                + " valid UTF-16LE text. Re-export it as UTF-8 CSV or as XLSX.");
  }
}
