package cn.kczg.schemas.read;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.text.TextDecoder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an input file's rows as text, whatever its format: CSV (decoded by {@link TextDecoder}) or
 * XLSX (streamed by {@link XlsxRows}). Rows are handed to a consumer one at a time, so a large file
 * is never held as rows in memory.
 */
public final class TableReader {
  private TableReader() {}

  /** Calls {@code sink} for each row of the file, in order; returns the charset or "xlsx". */
  public static String read(byte[] bytes, String format, String file, Consumer<TableRow> sink) {
    if (format.equals("xlsx")) {
      XlsxRows.read(bytes, file, sink);
      return "xlsx";
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, file);
    readCsv(decoded.text(), file, sink);
    return decoded.charset();
  }

  /**
   * The first {@code n} non-blank rows of a file, for recognizing its source by header. Reading
   * stops early for XLSX; CSV is decoded whole (the charset check needs every byte).
   */
  public static List<TableRow> firstRows(byte[] bytes, String format, String file, int n) {
    List<TableRow> rows = new ArrayList<>();
    try {
      read(
          bytes,
          format,
          file,
          row -> {
            if (!row.blank()) {
              rows.add(row);
            }
            if (rows.size() >= n) {
              throw new Enough();
            }
          });
    } catch (Enough e) {
      // read as far as needed
    }
    return rows;
  }

  /** Stops a read early; carries no stack trace. */
  private static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super(null, null, false, false);
    }
  }

  /** The CSV dialect of exports: RFC 4180, cells kept as written. */
  static CSVFormat csvFormat() {
    return CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();
  }

  /** Rows of CSV text. */
  public static void readCsv(String text, String file, Consumer<TableRow> sink) {
    try (CSVParser parser = CSVParser.parse(new StringReader(text), csvFormat())) {
      long line = 1;
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        sink.accept(new TableRow(line, cells));
        line = parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException | UncheckedIOException e) {
      throw Errors.unreadableFile(file, "it is not well-formed CSV (" + e.getMessage() + ")");
    } catch (IllegalStateException e) {
      throw Errors.unreadableFile(file, "it is not well-formed CSV (" + e.getMessage() + ")");
    }
  }
}
