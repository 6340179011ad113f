package cn.kczg.samples;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A UTF-8 CSV file (no BOM, {@code \n} line ends) whose cells are never quoted. A cell holding a
 * comma, a double quote or a line break is refused, so readers may split lines on commas.
 */
final class CsvFile implements Closeable {
  private final Path path;
  private final Writer out;
  private long rows;

  private CsvFile(Path path, Writer out) {
    this.path = path;
    this.out = out;
  }

  /** Creates (or overwrites) the file and writes its header. */
  static CsvFile create(Path path, List<String> header) {
    try {
      Writer out =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16);
      CsvFile file = new CsvFile(path, out);
      file.row(header);
      file.rows = 0;
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + path + ": " + e.getMessage(), e);
    }
  }

  /** Writes one row; the number of cells is the caller's business. */
  void row(List<String> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(checked(cells.get(i)));
      }
      out.write('\n');
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  /** Data rows written so far (the header not included). */
  long rows() {
    return rows;
  }

  private String checked(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        throw new IllegalArgumentException(
            "Cell '"
                + cell
                + "' for "
                + path
                + " holds a comma, quote or line break;"
                + " the sample files are never quoted. Change the text pool that produced it.");
      }
    }
    return cell;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
