package cn.kczg.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts the data records of a CSV export into byte ranges that Spark tasks parse apart, so one large
 * export keeps every core busy. The cut points are record starts as commons-csv sees them: a quoted
 * cell may hold commas and line breaks, and {@code ""} inside it is a quote. Each piece carries the
 * file line it starts on (CR, LF and CRLF each end a line, inside quoted cells too), so rows keep
 * the line numbers of the whole file.
 *
 * <p>The scan works on bytes: in UTF-8 and GB18030 the bytes of quote, comma, CR and LF never occur
 * inside a multi-byte character, so every cut also falls on a character boundary. When the quoting
 * is not what commons-csv reads without complaint (text after a closing quote, a file ending inside
 * quotes), no cut is offered and the file is parsed whole, failing exactly as before.
 */
final class CsvPieces {
  /** Bytes {@code [start, end)} of a file, starting at line {@code firstLine}. */
  record Piece(long start, long end, long firstLine) {}

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_SEEN = 3;
  private static final int AFTER_QUOTE = 4;

  private CsvPieces() {}

  /**
   * Pieces of about equal size, each at most {@code target} bytes unless one record is longer,
   * covering the records that start below {@code headerLine}; empty when the file must be parsed
   * whole. A file with no data record gives an empty list.
   *
   * <p>Example: a 40 MB export with a 32 MB target gives two pieces of about 20 MB.
   */
  static Optional<List<Piece>> split(byte[] bytes, int textStart, long headerLine, long target) {
    List<Piece> out = new ArrayList<>();
    long pieceStart = -1;
    long pieceLine = 0;
    long size = 0;
    long line = 1;
    int state = FIELD_START;
    boolean recordStart = true;
    for (int i = textStart; i < bytes.length; i++) {
      if (recordStart) {
        recordStart = false;
        if (pieceStart < 0 && line > headerLine) {
          pieceStart = i;
          pieceLine = line;
          long n = Math.max(1, (bytes.length - i + target - 1) / target);
          size = (bytes.length - i + n - 1) / n;
        } else if (pieceStart >= 0 && i - pieceStart >= size) {
          out.add(new Piece(pieceStart, i, pieceLine));
          pieceStart = i;
          pieceLine = line;
        }
      }
      byte b = bytes[i];
      boolean eol = b == '\r' || b == '\n';
      switch (state) {
        case QUOTED -> {
          if (b == '"') {
            state = QUOTE_SEEN;
          } else if (b == '\r' || (b == '\n' && (i == 0 || bytes[i - 1] != '\r'))) {
            line++;
          }
          continue;
        }
        case QUOTE_SEEN, AFTER_QUOTE -> {
          if (b == '"' && state == QUOTE_SEEN) {
            state = QUOTED;
            continue;
          } else if (b == ' ' || b == '\t') {
            state =
                AFTER_QUOTE; // commons-csv skips blanks between a closing quote and what follows
            continue;
          } else if (b != ',' && !eol) {
            return Optional.empty();
          }
        }
        default -> {
          if (state == FIELD_START && b == '"') {
            state = QUOTED;
            continue;
          }
        }
      }
      if (b == ',') {
        state = FIELD_START;
      } else if (eol) {
        line++;
        if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
          i++;
        }
        state = FIELD_START;
        recordStart = true;
      } else {
        state = UNQUOTED;
      }
    }
    if (state == QUOTED) {
      return Optional.empty();
    }
    if (pieceStart >= 0) {
      out.add(new Piece(pieceStart, bytes.length, pieceLine));
    }
    return Optional.of(out);
  }
}
