package cn.kczg.reports.csv;

import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.text.FormulaGuard;
import cn.kczg.reports.text.SharedText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV file being assembled: a header and rows of cells, written as UTF-8 with BOM, RFC 4180
 * quoting and CRLF line ends. Use {@link #text} for input text (neutralized against formulas) and
 * {@link #number} for values we compute (written unchanged).
 */
public final class CsvTable {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private final List<String> lines = new ArrayList<>();
  private List<String> current;

  /** A table with this header. */
  public CsvTable(List<String> header) {
    lines.add(join(header));
  }

  /** Starts a new row. */
  public CsvTable row() {
    flush();
    current = new ArrayList<>();
    return this;
  }

  /**
   * Adds a cell of input text: phones masked ({@link SharedText}), neutralized against formula
   * injection; null is empty.
   */
  public CsvTable text(String value) {
    current.add(FormulaGuard.neutralize(SharedText.of(value)));
    return this;
  }

  /** Adds a cell we computed (a number, date or flag), written as it is; null is empty. */
  public CsvTable number(Object value) {
    current.add(value == null ? "" : value.toString());
    return this;
  }

  /** The file's text without the BOM, e.g. for tests. */
  public String content() {
    flush();
    return String.join("\r\n", lines) + "\r\n";
  }

  /** Writes the file (BOM first) and returns its path. */
  public Path write(Path file) {
    try (OutputStream out = Files.newOutputStream(file);
        BufferedWriter writer =
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      out.write(BOM);
      writer.write(content());
    } catch (IOException e) {
      throw ReportErrors.cannotWrite(file, e);
    }
    return file;
  }

  /** One field quoted when RFC 4180 requires it. */
  static String quote(String field) {
    boolean needs =
        field.indexOf(',') >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0;
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  private void flush() {
    if (current != null) {
      lines.add(join(current));
      current = null;
    }
  }

  private static String join(List<String> fields) {
    return String.join(",", fields.stream().map(CsvTable::quote).toList());
  }
}
