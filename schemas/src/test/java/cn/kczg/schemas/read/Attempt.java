package cn.kczg.schemas.read;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.source.SourceDefinition;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One file handed to the parser, as the ingest hands it: what came of it (rows and summary, or a
 * refusal) and what was printed on the console meanwhile.
 */
record Attempt(
    String file,
    SourceFileParser.Summary summary,
    List<RowOutcome> rows,
    KczgException refusal,
    String console) {

  static Attempt of(SourceDefinition definition, byte[] bytes, String file) {
    List<RowOutcome> rows = new ArrayList<>();
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      SourceFileParser.Summary summary =
          new SourceFileParser(definition).parse(bytes, file, rows::add);
      return new Attempt(file, summary, rows, null, text(console));
    } catch (KczgException e) {
      return new Attempt(file, null, rows, e, text(console));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private static String text(ByteArrayOutputStream console) {
    return console.toString(StandardCharsets.UTF_8);
  }

  /**
   * Every file ends read (rows read = accepted + rejected, each handed on) or refused with one line
   * naming the file; nothing printed a stack trace.
   */
  Attempt accounted() {
    assertThat(console).doesNotContain("\tat ").doesNotContain("Exception");
    if (refusal == null) {
      assertThat(summary.read()).isEqualTo(summary.accepted() + summary.rejected());
      assertThat(rows).hasSize((int) summary.read());
    } else {
      assertThat(refusal.userMistake()).isTrue();
      assertThat(refusal.getMessage()).contains(file).doesNotContain("\n");
    }
    return this;
  }

  /** The refusal's message, after checking the file was refused and accounted for. */
  String refused() {
    accounted();
    assertThat(refusal).as("refusal of " + file).isNotNull();
    return refusal.getMessage();
  }

  /** The rows, after checking the file was read and accounted for. */
  List<RowOutcome> read() {
    accounted();
    assertThat(refusal).as("refusal of " + file).isNull();
    return rows;
  }
}
