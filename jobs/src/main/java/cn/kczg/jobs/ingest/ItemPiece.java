package cn.kczg.jobs.ingest;

import cn.kczg.schemas.text.Fingerprint;
import java.io.Serializable;
import java.util.List;

/**
 * What one Spark task of an ingest reads: a byte range of a CSV item file's data records (below its
 * header), or a whole file (XLSX, or a CSV whose cuts fell inside a quoted cell).
 *
 * @param file the file
 * @param index the piece's number within its drop (names its report)
 * @param start first byte
 * @param end byte after the last; -1 for the whole file
 * @param firstLine the file line the range starts on
 * @param header the header cells the range's rows are read under; empty for the whole file
 * @param seed the seed of the raw-record fingerprints: the file's layout (source definition,
 *     encoding, header), so the same bytes under another layout are a new record
 */
record ItemPiece(
    InboxFile file, int index, long start, long end, long firstLine, List<String> header, int seed)
    implements Serializable {

  /** The whole file, parsed from its first byte with its own header search. */
  static ItemPiece whole(InboxFile file) {
    return new ItemPiece(
        file, 0, 0, -1, 1, List.of(), seed(file, List.of(file.encoding().toLowerCase())));
  }

  /** A range of CSV data records, {@code {start, end, firstLine}}. */
  static ItemPiece of(InboxFile file, long[] range, List<String> header) {
    return new ItemPiece(
        file, 0, range[0], range[1], range[2], List.copyOf(header), seed(file, header));
  }

  private static int seed(InboxFile file, List<String> header) {
    return Fingerprint.seedOf(
        file.definition().digest()
            + "|"
            + file.encoding()
            + "|"
            + String.join("\u0001", header));
  }

  boolean wholeFile() {
    return end < 0;
  }

  /** The same piece numbered within its drop. */
  ItemPiece numbered(int n) {
    return new ItemPiece(file, n, start, end, firstLine, header, seed);
  }

  /** Bytes to read, for ordering (largest first); a whole file counts as large. */
  long size() {
    return wholeFile() ? Long.MAX_VALUE : end - start;
  }
}
