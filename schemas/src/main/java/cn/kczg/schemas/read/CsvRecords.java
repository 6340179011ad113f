package cn.kczg.schemas.read;

/**
 * Finds the records of CSV bytes without decoding them, as commons-csv (RFC 4180, cells kept as
 * written) reads them: a cell starting with a quote may hold commas and line breaks, {@code ""}
 * inside it is a quote, blanks between a closing quote and what follows are allowed; CR, LF and
 * CRLF each end a line, inside quoted cells too. In UTF-8 and GB18030 the bytes of quote, comma, CR
 * and LF never occur inside a multi-byte character, so the scan is right in both.
 *
 * <p>A record that commons-csv would refuse (text after a closing quote, {@code "标题"尾巴}) is still
 * delimited, at the next line break outside quotes, and reported as malformed, so one bad record
 * costs only itself. A scan that ends inside quotes says so: the last quote was never closed, or
 * the bytes were cut inside a quoted cell.
 *
 * <p>Example: {@code a,"x\ny",b\nc\n} from line 1 gives records {@code a,"x\ny",b} at line 1 and
 * {@code c} at line 3.
 */
public final class CsvRecords {
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_SEEN = 3;
  private static final int AFTER_QUOTE = 4;

  private final byte[] bytes;
  private final int to;
  private int at;
  private long line;
  private int start;
  private int end;
  private long recordLine;
  private boolean malformed;
  private boolean insideQuotes;

  /**
   * The records of {@code bytes[from, to)}, which must start at a record start, numbered from
   * {@code firstLine}. Empty records (blank lines) are skipped, their lines counted.
   */
  public CsvRecords(byte[] bytes, int from, int to, long firstLine) {
    this.bytes = bytes;
    this.to = to;
    this.at = from;
    this.line = firstLine;
  }

  /**
   * Moves to the next record; false at the end of the bytes (then {@link #insideQuotes} tells
   * whether they ended inside a quoted cell, whose record is not handed on).
   */
  public boolean next() {
    while (at < to) {
      int recordStart = at;
      recordLine = line;
      malformed = false;
      int state = FIELD_START;
      int i = at;
      for (; i < to; i++) {
        byte b = bytes[i];
        if (state == QUOTED) {
          if (b == '"') {
            state = QUOTE_SEEN;
          } else if (b == '\r' || (b == '\n' && (i == recordStart || bytes[i - 1] != '\r'))) {
            line++;
          }
          continue;
        }
        if (state == QUOTE_SEEN && b == '"') {
          state = QUOTED;
        } else if ((state == QUOTE_SEEN || state == AFTER_QUOTE) && (b == ' ' || b == '\t')) {
          state = AFTER_QUOTE;
        } else if (b == ',') {
          state = FIELD_START;
        } else if (b == '\r' || b == '\n') {
          break;
        } else if (state == FIELD_START && b == '"') {
          state = QUOTED;
        } else {
          // text after a closing quote: read on as plain text to the delimiter, marked malformed
          malformed |= state == QUOTE_SEEN || state == AFTER_QUOTE;
          state = UNQUOTED;
        }
      }
      if (state == QUOTED) {
        insideQuotes = true;
        at = to;
        line = recordLine;
        return false;
      }
      start = recordStart;
      end = i;
      if (i < to) {
        at = bytes[i] == '\r' && i + 1 < to && bytes[i + 1] == '\n' ? i + 2 : i + 1;
        line++;
      } else {
        at = to;
        line++;
      }
      if (end > start) {
        return true;
      }
    }
    return false;
  }

  /** The current record's first byte. */
  public int start() {
    return start;
  }

  /** The byte after the current record's last (its line break excluded). */
  public int end() {
    return end;
  }

  /** The file line the current record starts on. */
  public long line() {
    return recordLine;
  }

  /** Where the next record starts: right after the current record's line break. */
  public int position() {
    return at;
  }

  /** True when commons-csv would refuse the current record. */
  public boolean malformed() {
    return malformed;
  }

  /** After the last record: true when the bytes ended inside a quoted cell. */
  public boolean insideQuotes() {
    return insideQuotes;
  }

  /**
   * After the last record: the line after it; when {@link #insideQuotes}, the line where the
   * unclosed quoted cell's record starts.
   */
  public long nextLine() {
    return line;
  }
}
