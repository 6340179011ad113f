package cn.kczg.schemas.read;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.source.HeaderMapping;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Pulls typed data rows out of a piece of CSV text one at a time, so a large file is never held as
 * rows; see {@link SourceFileParser#csvDataRows}. Lines count as commons-csv counts them (CR, LF
 * and CRLF each end a line, also inside quoted cells), offset by the line the piece starts on. A
 * record that cannot be split into cells (text after a closing quote, a quote never closed) refuses
 * the file with a {@link cn.kczg.schemas.KczgException} naming the file and the record's line.
 */
final class CsvDataRows implements Iterator<RowOutcome> {
  private final SourceFileParser parser;
  private final HeaderMapping mapping;
  private final String file;
  private final long firstLine;
  private final CSVParser csv;
  private final Iterator<CSVRecord> records;
  private long line;
  private RowOutcome next;

  CsvDataRows(
      SourceFileParser parser,
      Reader text,
      char delimiter,
      long firstLine,
      HeaderMapping mapping,
      String file) {
    this.parser = parser;
    this.mapping = mapping;
    this.file = file;
    this.firstLine = firstLine;
    this.line = firstLine;
    try {
      this.csv = CSVParser.parse(text, TableReader.csvFormat(delimiter));
    } catch (IOException e) {
      throw unreadable(e);
    }
    this.records = csv.iterator();
  }

  @Override
  public boolean hasNext() {
    try {
      while (next == null && records.hasNext()) {
        CSVRecord record = records.next();
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        TableRow row = new TableRow(line, cells);
        line = firstLine + csv.getCurrentLineNumber();
        if (!row.blank()) {
          next = parser.type(row, mapping);
        }
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw unreadable(e);
    }
    return next != null;
  }

  @Override
  public RowOutcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RowOutcome out = next;
    next = null;
    return out;
  }

  /** The record starting on {@link #line} cannot be split into cells: the file is refused. */
  private RuntimeException unreadable(Exception e) {
    return Errors.malformedCsv(file, line, TableReader.csvProblem(e));
  }
}
