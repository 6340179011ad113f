package cn.kczg.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.Errors;
import io.delta.tables.DeltaTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * Scans the item files of one drop against the {@link CurrentIndex} in one Spark job: the pieces'
 * new version rows go straight into the versions append, their {@link PieceReport}s are read back.
 * When a piece ended inside a quoted cell, the cut before the next piece fell inside a multi-line
 * cell: that file's rows are taken out again and the file is scanned as one piece; when it still
 * ends inside quotes, a quote was never closed and the file is refused, its rows taken out.
 */
final class DropScan {
  /**
   * Every reader reads all versions (the counting pass), so Delta collects no per-file statistics
   * for them (a tenth of the scan tasks' time); the rare deletes of one batch's rows read more.
   */
  static final Map<String, String> VERSIONS_PROPERTIES =
      Map.of("delta.dataSkippingNumIndexedCols", "0");

  /**
   * The reports of a drop's files (each file's pieces in byte order), the files refused on the way,
   * and the pieces scanned.
   */
  record Result(
      Map<InboxFile, List<PieceReport.Ref>> reports,
      Map<InboxFile, String> refused,
      List<ItemPiece> pieces) {}

  private final Warehouse warehouse;
  private final Consumer<String> log;

  DropScan(Warehouse warehouse, Consumer<String> log) {
    this.warehouse = warehouse;
    this.log = log;
  }

  Result execute(String batchId, LocalDate drop, List<ItemPiece> given, CurrentIndex index) {
    Map<InboxFile, List<PieceReport.Ref>> reports = scan(batchId, drop, given, index, "a");
    Map<InboxFile, String> refused = new LinkedHashMap<>();
    List<ItemPiece> again = new ArrayList<>();
    for (var e : reports.entrySet()) {
      List<PieceReport> r = e.getValue().stream().map(PieceReport.Ref::head).toList();
      String refusal =
          r.stream()
              .map(p -> p.refusal)
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElse(null);
      if (refusal != null) {
        takeOut(batchId, drop, e.getKey());
        refused.put(e.getKey(), refusal);
        continue;
      }
      boolean cutInQuotes =
          r.stream().limit(Math.max(0, r.size() - 1)).anyMatch(p -> p.insideQuotes);
      boolean unclosed = !r.isEmpty() && r.get(r.size() - 1).insideQuotes;
      if (cutInQuotes || unclosed) {
        takeOut(batchId, drop, e.getKey());
        if (cutInQuotes) {
          again.add(whole(given, e.getKey()));
        } else {
          refused.put(e.getKey(), unclosed(e.getKey(), r.get(r.size() - 1)));
        }
      }
    }
    refused.keySet().forEach(reports::remove);
    if (!again.isEmpty()) {
      log.accept(
          "ingest: "
              + again.size()
              + " file(s) have line breaks inside quoted cells; reading each whole");
      Map<InboxFile, List<PieceReport.Ref>> second = scan(batchId, drop, again, index, "b");
      for (var e : second.entrySet()) {
        PieceReport only = e.getValue().get(0).head();
        if (only.insideQuotes) {
          takeOut(batchId, drop, e.getKey());
          refused.put(e.getKey(), unclosed(e.getKey(), only));
          reports.remove(e.getKey());
        } else {
          reports.put(e.getKey(), e.getValue());
        }
      }
    }
    List<ItemPiece> scanned = new ArrayList<>(given);
    scanned.removeIf(
        p ->
            refused.containsKey(p.file())
                || again.stream().anyMatch(a -> a.file().equals(p.file())));
    scanned.addAll(again.stream().filter(a -> !refused.containsKey(a.file())).toList());
    return new Result(reports, refused, scanned);
  }

  private Map<InboxFile, List<PieceReport.Ref>> scan(
      String batchId, LocalDate drop, List<ItemPiece> given, CurrentIndex index, String round) {
    List<ItemPiece> pieces = new ArrayList<>();
    given.stream()
        .sorted(Comparator.comparingLong(ItemPiece::size).reversed()) // largest first: balance
        .forEach(p -> pieces.add(p.numbered(pieces.size())));
    String staging = warehouse.stagingPath(batchId) + "/" + drop + "-" + round;
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(warehouse.spark().sparkContext());
    IndexHandle handle = IndexHandle.share(jsc, index);
    try {
      JavaRDD<InternalRow> rows =
          jsc.parallelize(pieces, Math.max(1, pieces.size()))
              .flatMap(new PieceScan(batchId, staging, handle));
      warehouse.createIfMissing(Tables.VERSIONS, Tables.versions(), VERSIONS_PROPERTIES);
      // Internal rows go in as they are (VersionRows makes them in Spark's internal form).
      warehouse.append(
          Tables.VERSIONS,
          ((org.apache.spark.sql.classic.SparkSession) warehouse.spark())
              .internalCreateDataFrame(rows.rdd(), Tables.versions(), false));
    } finally {
      handle.release();
    }
    CrashPoint.reached(CrashPoint.AFTER_ITEMS);
    Map<InboxFile, List<PieceReport.Ref>> out = new LinkedHashMap<>();
    pieces.stream()
        .sorted(
            Comparator.comparing((ItemPiece p) -> p.file().display())
                .thenComparingLong(ItemPiece::start))
        .forEach(
            p ->
                out.computeIfAbsent(p.file(), f -> new ArrayList<>())
                    .add(new PieceReport.Ref(staging, p.index())));
    return out;
  }

  /** One piece covering all the data records of the file the given pieces cut. */
  private static ItemPiece whole(List<ItemPiece> given, InboxFile file) {
    List<ItemPiece> of =
        given.stream()
            .filter(p -> p.file().equals(file))
            .sorted(Comparator.comparingLong(ItemPiece::start))
            .toList();
    ItemPiece first = of.get(0);
    ItemPiece last = of.get(of.size() - 1);
    return new ItemPiece(
        file, 0, first.start(), last.end(), first.firstLine(), first.header(), first.seed());
  }

  /** Deletes the version rows a file wrote in this drop of the batch. */
  private void takeOut(String batchId, LocalDate drop, InboxFile file) {
    DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(Tables.VERSIONS))
        .delete(
            col("batch_id")
                .equalTo(lit(batchId))
                .and(col("valid_from").equalTo(lit(drop)))
                .and(col("source_file").equalTo(lit(file.display()))));
  }

  private static String unclosed(InboxFile file, PieceReport last) {
    return Errors.cannotRead(file.display(), "unclosed_quote", last.openedAt).getMessage();
  }
}
