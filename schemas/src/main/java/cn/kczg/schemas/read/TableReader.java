package cn.kczg.schemas.read;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.text.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an input file's rows as text, whatever its format: CSV or tab-separated text (decoded by
 * {@link TextDecoder}), XLSX (streamed by {@link XlsxRows}) or XLS (streamed by {@link XlsRows}).
 * Rows are handed to a consumer one at a time, so a large file is never held as rows in memory; a
 * workbook is read from a file, never from one array (bytes handed in are put in a temporary file
 * first).
 */
public final class TableReader {
  private TableReader() {}

  /**
   * What reading a file found besides its rows.
   *
   * @param encoding the charset of a text file, or {@code xlsx} / {@code xls}
   * @param ignoredSheets workbook sheets that hold rows but were not read
   */
  public record Read(String encoding, List<IgnoredSheet> ignoredSheets) {
    public Read {
      ignoredSheets = List.copyOf(ignoredSheets);
    }
  }

  /**
   * Calls {@code sink} for each row of the first sheet or of a text file, in order; returns the
   * charset or the workbook format.
   */
  public static String read(byte[] bytes, String format, String file, Consumer<TableRow> sink) {
    return read(bytes, format, file, SheetChoice.FIRST, sink).encoding();
  }

  /** Calls {@code sink} for each row of the chosen sheets (or of a text file), in order. */
  public static Read read(
      byte[] bytes, String format, String file, SheetChoice sheets, Consumer<TableRow> sink) {
    if (format.equals("csv")) {
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes, file);
      readCsv(decoded.text(), file, sink);
      return new Read(decoded.charset(), List.of());
    }
    Path temp = tempFile(format);
    try {
      Files.write(temp, bytes);
      return readWorkbook(temp, format, file, sheets, sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a temporary copy of " + file, e);
    } finally {
      delete(temp);
    }
  }

  /** As {@link #read(byte[], String, String, SheetChoice, Consumer)}, reading from a file. */
  public static Read read(
      Path path, String format, String file, SheetChoice sheets, Consumer<TableRow> sink) {
    if (format.equals("csv")) {
      try {
        return read(Files.readAllBytes(path), format, file, sheets, sink);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    }
    return readWorkbook(path, format, file, sheets, sink);
  }

  /**
   * As {@link #read(Path, String, String, SheetChoice, Consumer)}, from a stream (e.g. Hadoop's): a
   * workbook is copied to a temporary file as it streams, never into an array.
   */
  public static Read read(
      InputStream in, String format, String file, SheetChoice sheets, Consumer<TableRow> sink) {
    Path temp = tempFile(format);
    try {
      Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      return read(temp, format, file, sheets, sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + file + " to a temporary file", e);
    } finally {
      delete(temp);
    }
  }

  private static Read readWorkbook(
      Path path, String format, String file, SheetChoice sheets, Consumer<TableRow> sink) {
    List<IgnoredSheet> ignored =
        switch (format) {
          case "xlsx" -> XlsxRows.read(path, file, sheets, WorkbookLimits.DEFAULT, sink);
          case "xls" -> XlsRows.read(path, file, sheets, WorkbookLimits.DEFAULT, sink);
          default -> throw Errors.unsupportedFormat(file);
        };
    return new Read(format, ignored);
  }

  private static Path tempFile(String format) {
    try {
      return Files.createTempFile("kczg-", "." + format);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file", e);
    }
  }

  private static void delete(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      temp.toFile().deleteOnExit();
    }
  }

  /**
   * The first {@code n} non-blank rows of a file, for recognizing its source by header. Reading
   * stops early for workbooks; CSV is decoded whole (the charset check needs every byte).
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
    return csvFormat(',');
  }

  /** The CSV dialect with another delimiter (a tab for Excel's "Unicode text"). */
  static CSVFormat csvFormat(char delimiter) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(delimiter)
        .setIgnoreSurroundingSpaces(false)
        .get();
  }

  /**
   * The delimiter of text: a tab when more of its first lines hold more tabs than commas (Excel's
   * "Unicode text" and other tab-separated exports), else a comma.
   */
  public static char delimiterOf(String text) {
    int tabs = 0;
    int commas = 0;
    int lines = 0;
    for (String line : text.lines().limit(200).toList()) {
      if (line.isBlank()) {
        continue;
      }
      long t = line.chars().filter(c -> c == '\t').count();
      long c = line.chars().filter(ch -> ch == ',').count();
      tabs += t > c ? 1 : 0;
      commas += c > t ? 1 : 0;
      if (++lines >= 20) {
        break;
      }
    }
    return tabs > commas ? '\t' : ',';
  }

  /**
   * The delimiter of data records whose header has {@code width} cells, from the first line of
   * {@code text} (read ahead and reset): a tab when splitting that line at tabs gives the header's
   * width and splitting at commas does not, else a comma.
   */
  static char delimiterOfRecords(java.io.BufferedReader text, int width) {
    try {
      text.mark(1 << 16);
      char[] ahead = new char[1 << 16];
      int n = Math.max(0, text.read(ahead));
      text.reset();
      String first =
          new String(ahead, 0, n).lines().filter(l -> !l.isBlank()).findFirst().orElse("");
      long tabs = first.chars().filter(c -> c == '\t').count();
      long commas = first.chars().filter(c -> c == ',').count();
      return tabs + 1 == width && commas + 1 != width ? '\t' : ',';
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of CSV (or tab-separated) text; a malformed record refuses the file, naming its line. */
  public static void readCsv(String text, String file, Consumer<TableRow> sink) {
    readCsv(new StringReader(text), delimiterOf(text), 1, file, sink);
  }

  /** Rows of CSV text from a reader, the first on {@code firstLine}. */
  static void readCsv(
      Reader text, char delimiter, long firstLine, String file, Consumer<TableRow> sink) {
    long line = firstLine;
    try (CSVParser parser = CSVParser.parse(text, csvFormat(delimiter))) {
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        sink.accept(new TableRow(line, cells));
        line = firstLine + parser.getCurrentLineNumber();
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw Errors.malformedCsv(file, line, csvProblem(e));
    }
  }

  /**
   * What commons-csv says is wrong, in words for people: its messages name its own line count and
   * character positions, which are not the file's.
   */
  static String csvProblem(Exception e) {
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    String m = t.getMessage() == null ? "" : t.getMessage();
    if (m.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter")) {
      return Messages.current().text("error.file.csv.after_quote");
    }
    if (m.contains("EOF reached before encapsulated token finished")) {
      return Messages.current().text("error.file.csv.unclosed");
    }
    return WorkbookFailures.firstLine(t);
  }
}
