package cn.kczg.jobs.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * What one Spark task of an ingest parses: a byte range of a CSV item file's data records (below
 * its header), or a whole file (XLSX, or CSV whose quoting is not safe to cut).
 *
 * @param file the file
 * @param index the piece's number within its batch (names its quarantine spill)
 * @param start first byte
 * @param end byte after the last; -1 for the whole file
 * @param firstLine the file line the range starts on
 * @param header the header cells the range's rows are read under; empty for the whole file
 */
record ItemPiece(
    InboxFile file, int index, long start, long end, long firstLine, List<String> header)
    implements Serializable {

  /** The whole file, parsed from its first byte with its own header search. */
  static ItemPiece whole(InboxFile file) {
    return new ItemPiece(file, 0, 0, -1, 1, List.of());
  }

  /** A range of CSV data records. */
  static ItemPiece of(InboxFile file, CsvPieces.Piece p, List<String> header) {
    return new ItemPiece(file, 0, p.start(), p.end(), p.firstLine(), List.copyOf(header));
  }

  boolean wholeFile() {
    return end < 0;
  }

  /** The same piece numbered within its batch. */
  ItemPiece numbered(int n) {
    return new ItemPiece(file, n, start, end, firstLine, header);
  }

  /** Bytes to read, for ordering (largest first); a whole file counts as large. */
  long size() {
    return wholeFile() ? Long.MAX_VALUE : end - start;
  }
}
