package cn.kczg.schemas.read;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.read.RowOutcome.Reason;
import cn.kczg.schemas.source.HeaderMapping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Types chosen records of one CSV file, given as byte ranges found by {@link CsvRecords}: only they
 * are decoded and parsed, in batches, by commons-csv as a whole file is. An ingest hands on the
 * records whose bytes it has not seen before and skips the rest.
 *
 * <p>A record that cannot be decoded in the file's charset, or that {@link CsvRecords} marked as
 * malformed, is rejected on its own with its line, so one bad record never costs the file.
 */
public final class CsvRecordBatch {
  /** Receives each typed record in the order added; blank records are not handed on. */
  @FunctionalInterface
  public interface Sink {
    /**
     * @param index the record's position among those added since the last flush
     * @param outcome its typed values or reason
     */
    void accept(int index, RowOutcome outcome);
  }

  private static final int FLUSH_BYTES = 1 << 20;

  private final SourceFileParser parser;
  private final HeaderMapping mapping;
  private final Charset charset;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 4096);
  private final List<long[]> records = new ArrayList<>(); // {line, start in buffer, end, malformed}
  private final Sink sink;

  /**
   * @param parser the file's parser
   * @param header the file's header cells
   * @param charset the file's charset
   * @param sink receives the outcomes as batches are flushed
   */
  public CsvRecordBatch(SourceFileParser parser, List<String> header, Charset charset, Sink sink) {
    this.parser = requireNonNull(parser, "parser is null");
    this.mapping = parser.mapping(header);
    this.charset = requireNonNull(charset, "charset is null");
    this.sink = requireNonNull(sink, "sink is null");
  }

  /**
   * Adds the record {@code bytes[start, end)} starting on {@code line}, to be typed at the next
   * {@link #flush}.
   */
  public void add(byte[] bytes, int start, int end, long line, boolean malformed) {
    int at = buffer.size();
    buffer.write(bytes, start, end - start);
    buffer.write('\n');
    records.add(new long[] {line, at, at + end - start, malformed ? 1 : 0});
  }

  /** True when enough records wait to be typed in one go (about a megabyte). */
  public boolean full() {
    return buffer.size() >= FLUSH_BYTES;
  }

  /** Types every record added and not yet handed on. */
  public void flush() {
    if (records.isEmpty()) {
      return;
    }
    byte[] bytes = buffer.toByteArray();
    boolean clean = records.stream().noneMatch(r -> r[3] != 0);
    String text = clean ? decode(bytes, 0, bytes.length) : null;
    List<List<String>> cells = text == null ? null : cells(text);
    if (cells == null || cells.size() != records.size()) {
      one(bytes); // some record is bad: each on its own
    } else {
      for (int i = 0; i < records.size(); i++) {
        type(i, records.get(i)[0], cells.get(i));
      }
    }
    buffer.reset();
    records.clear();
  }

  private void one(byte[] bytes) {
    for (int i = 0; i < records.size(); i++) {
      long[] r = records.get(i);
      int start = (int) r[1];
      int end = (int) r[2];
      String text = decode(bytes, start, end);
      if (text == null) {
        String raw = new String(bytes, start, end - start, charset);
        sink.accept(
            i,
            RowOutcome.rejected(
                new TableRow(r[0], List.of(raw)),
                Reason.MALFORMED_ROW,
                RowOutcome.detail("charset", charset.name())));
        continue;
      }
      List<List<String>> cells = r[3] != 0 ? null : cells(text + "\n");
      if (cells == null || cells.size() != 1) {
        sink.accept(
            i,
            RowOutcome.rejected(
                new TableRow(r[0], List.of(text)),
                Reason.MALFORMED_ROW,
                RowOutcome.detail("malformed")));
        continue;
      }
      type(i, r[0], cells.get(0));
    }
  }

  private void type(int index, long line, List<String> cells) {
    TableRow row = new TableRow(line, cells);
    if (!row.blank()) {
      sink.accept(index, parser.typeWithoutRaw(row, mapping));
    }
  }

  /** The text, or null when the bytes are not valid in the charset. */
  private String decode(byte[] bytes, int start, int end) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, end - start))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The records' cells, or null when commons-csv refuses the text. */
  private static List<List<String>> cells(String text) {
    List<List<String>> out = new ArrayList<>();
    try (CSVParser csv = CSVParser.parse(new StringReader(text), TableReader.csvFormat())) {
      for (CSVRecord record : csv) {
        List<String> row = new ArrayList<>(record.size());
        record.forEach(row::add);
        out.add(row);
      }
      return out;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return null;
    }
  }
}
