package cn.kczg.jobs.ingest;

import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.read.CsvRecords;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.read.SourceFileParser;
import cn.kczg.schemas.text.Fingerprint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Finds where in a drop's pieces given items were delivered unchanged: a pass that fingerprints
 * each record and keeps those matching the items' current raw fingerprints. Needed only to decide
 * a conflict between an unchanged delivery and another of the same item ({@link DropChanges}).
 */
final class LineFinder implements FlatMapFunction<ItemPiece, LineFinder.Found> {
  private static final long serialVersionUID = 1L;

  /** A record that re-delivers the item at {@code slot}: its file and line. */
  record Found(int slot, String file, long line) implements java.io.Serializable {}

  private final Map<List<Long>, Integer> wanted;

  private LineFinder(Map<List<Long>, Integer> wanted) {
    this.wanted = wanted;
  }

  /** The unchanged deliveries of the items at {@code slots} in {@code pieces}. */
  static List<Found> find(
      Warehouse warehouse, List<ItemPiece> pieces, CurrentIndex index, List<Integer> slots) {
    if (pieces.isEmpty()) {
      return List.of();
    }
    Map<List<Long>, Integer> wanted = new HashMap<>();
    for (int s : slots) {
      wanted.put(List.of(index.lineHash(s), (long) lineCheck(index, s)), s);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(warehouse.spark().sparkContext());
    return jsc.parallelize(pieces, pieces.size()).flatMap(new LineFinder(wanted)).collect();
  }

  private static int lineCheck(CurrentIndex index, int slot) {
    return index.lineCheck(slot);
  }

  @Override
  public Iterator<Found> call(ItemPiece piece) {
    List<Found> out = new ArrayList<>();
    if (piece.wholeFile()) {
      for (RowOutcome o :
          new SourceFileParser(piece.file().definition())
              .parseAll(PieceScan.readAll(piece.file().path()), piece.file().display())) {
        byte[] raw = o.raw().getBytes(StandardCharsets.UTF_8);
        match(Fingerprint.of(raw, 0, raw.length, piece.seed()), piece, o.line(), out);
      }
      return out.iterator();
    }
    byte[] bytes = PieceScan.read(piece);
    CsvRecords records = new CsvRecords(bytes, 0, bytes.length, piece.firstLine());
    while (records.next()) {
      int start = records.start();
      match(Fingerprint.of(bytes, start, records.end() - start, piece.seed()), piece, records.line(), out);
    }
    return out.iterator();
  }

  private void match(Fingerprint f, ItemPiece piece, long line, List<Found> out) {
    Integer slot = wanted.get(List.of(f.hash(), (long) f.check()));
    if (slot != null) {
      out.add(new Found(slot, piece.file().display(), line));
    }
  }
}
