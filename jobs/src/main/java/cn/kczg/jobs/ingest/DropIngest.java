package cn.kczg.jobs.ingest;

import cn.kczg.jobs.ingest.DropFiles.Pending;
import cn.kczg.jobs.ingest.FileOutcome.Status;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.read.SourceFileParser;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.text.Names;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;

/**
 * Ingests one drop folder; see {@link IngestJob} for the guarantees. Write order: pending marker,
 * registry and snapshot rows, item rows, quarantined rows (one append), then the ledger rows that
 * commit the batch. A crash anywhere before the last step leaves rows that no reader sees and that
 * the next ingest removes.
 */
final class DropIngest {
  /**
   * Delta keeps per-file min/max statistics only for the columns item files are filtered by (batch
   * and drop, for recovery and the ledger counts): collecting them for all 17 columns took ~11 % of
   * an ingest's CPU (BENCHMARKS.md, "Ingest in pieces").
   */
  static final Map<String, String> ITEMS_PROPERTIES =
      Map.of("delta.dataSkippingStatsColumns", "kind,drop_date,batch_id,source_file");

  private final Warehouse warehouse;
  private final DropFiles files;
  private final Consumer<String> log;
  private final Ledger ledger;
  private final Map<String, Long> reasons = new TreeMap<>();

  DropIngest(Warehouse warehouse, DropFiles files, Consumer<String> log) {
    this.warehouse = warehouse;
    this.files = files;
    this.log = log;
    this.ledger = new Ledger(warehouse);
  }

  DropResult ingest(Path drop, LocalDate date) {
    String folder = drop.getFileName().toString();
    log.accept("ingest " + folder + ": scanning files");
    DropFiles.Sorted sorted = files.sort(drop, date, ledger.shasFor(date));
    List<FileOutcome> outcomes = new ArrayList<>(sorted.skipped());
    if (sorted.accepted().isEmpty()) {
      log.accept("ingest " + folder + ": nothing new");
      return new DropResult(folder, date, "", sortedByFile(outcomes), Map.of());
    }
    String batchId = batchId(date, sorted.accepted());
    ledger.begin(batchId);
    Map<String, long[]> counts = new HashMap<>();
    List<Row> quarantine = storeSmallSources(sorted.accepted(), batchId, counts);
    Dataset<Row> rejectedItems = storeItems(sorted.accepted(), batchId);
    storeQuarantine(quarantine, rejectedItems);
    countItems(sorted.accepted(), batchId, rejectedItems != null, counts);
    CrashPoint.reached(CrashPoint.BEFORE_COMMIT);
    List<Row> ledgerRows = new ArrayList<>();
    Instant now = Instant.now();
    for (Pending p : sorted.accepted()) {
      InboxFile f = p.file();
      long[] c = counts.getOrDefault(f.display(), new long[3]);
      ledgerRows.add(
          RowFactory.create(
              batchId,
              date,
              folder,
              f.display(),
              f.sha256(),
              f.definition().id(),
              f.encoding(),
              c[0],
              c[1],
              c[2],
              now,
              f.definition().digest()));
      outcomes.add(
          new FileOutcome(
              f.display(),
              f.definition().id(),
              Status.INGESTED,
              f.encoding(),
              c[0],
              c[1],
              c[2],
              ""));
    }
    ledger.commit(batchId, warehouse.spark().createDataFrame(ledgerRows, Tables.ledger()));
    log.accept(
        String.format(
            "ingest %s: committed batch %s: %d file(s), %,d row(s) stored, %,d quarantined",
            folder,
            batchId.substring(0, 12),
            sorted.accepted().size(),
            outcomes.stream().mapToLong(FileOutcome::stored).sum(),
            outcomes.stream().mapToLong(FileOutcome::quarantined).sum()));
    quarantine.forEach(r -> reasons.merge(r.getString(1), 1L, Long::sum));
    return new DropResult(folder, date, batchId, sortedByFile(outcomes), Map.copyOf(reasons));
  }

  /** Registry and snapshot files are small: parsed here and written in one append per table. */
  private List<Row> storeSmallSources(
      List<Pending> accepted, String batchId, Map<String, long[]> counts) {
    Map<Role, List<Row>> rows = new TreeMap<>();
    List<Row> quarantine = new ArrayList<>();
    for (Pending p : accepted) {
      InboxFile f = p.file();
      Role role = f.definition().role();
      if (role == Role.ITEMS) {
        continue;
      }
      long[] c = new long[3];
      new SourceFileParser(f.definition())
          .parse(
              p.bytes(),
              f.display(),
              o -> {
                c[0]++;
                c[o.accepted() ? 1 : 2]++;
                if (o.accepted()) {
                  rows.computeIfAbsent(role, r -> new ArrayList<>())
                      .add(smallRow(role, o, f, batchId));
                } else {
                  quarantine.add(
                      RowFactory.create(
                          f.definition().id(),
                          o.reason(),
                          o.detail(),
                          o.raw(),
                          f.dropDate(),
                          f.display(),
                          o.line(),
                          batchId));
                }
              });
      counts.put(f.display(), c);
    }
    rows.forEach(
        (role, list) ->
            warehouse.append(
                IngestJob.tableOf(role),
                warehouse
                    .spark()
                    .createDataFrame(
                        list, role == Role.REGISTRY ? Tables.registry() : Tables.snapshots())));
    CrashPoint.reached(CrashPoint.AFTER_REGISTRY);
    return quarantine;
  }

  private static Row smallRow(Role role, RowOutcome o, InboxFile f, String batchId) {
    Object[] v = o.values().clone();
    String nameKey = Names.normalize((String) v[role == Role.REGISTRY ? 1 : 0]);
    if (role == Role.REGISTRY && v[0] == null) {
      v[0] = nameKey; // no 机构编码 yet: the normalized name is the key
    }
    Object[] row = new Object[v.length + 5];
    System.arraycopy(v, 0, row, 0, v.length);
    row[v.length] = nameKey;
    row[v.length + 1] = f.dropDate();
    row[v.length + 2] = f.display();
    row[v.length + 3] = o.line();
    row[v.length + 4] = batchId;
    return RowFactory.create(row);
  }

  /**
   * Item files are parsed in Spark tasks, one piece (a file, or a range of a large CSV's records)
   * per task, each read once: accepted rows stream into the items append, rejected ones into the
   * piece's spill file, returned here as rows for the one quarantine append. Counts per file come
   * from the rows written (see {@link #countItems}), so nothing is cached or parsed twice.
   */
  private Dataset<Row> storeItems(List<Pending> accepted, String batchId) {
    List<ItemPiece> pieces = new ArrayList<>();
    accepted.stream()
        .filter(p -> p.file().definition().role() == Role.ITEMS)
        .flatMap(p -> p.pieces().stream())
        .sorted(Comparator.comparingLong(ItemPiece::size).reversed()) // largest first: balance
        .forEach(p -> pieces.add(p.numbered(pieces.size())));
    if (itemFiles(accepted).isEmpty()) {
      return null;
    }
    log.accept(
        "ingest: parsing "
            + itemFiles(accepted).size()
            + " item file(s) in "
            + pieces.size()
            + " piece(s)");
    String staging = warehouse.stagingPath(batchId);
    warehouse.deleteStaging(batchId); // left by a killed attempt at this batch
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(warehouse.spark().sparkContext());
    JavaRDD<Row> parsed =
        jsc.parallelize(pieces, Math.max(1, pieces.size()))
            .flatMap(new ParsedRows(batchId, staging));
    warehouse.createIfMissing(Tables.ITEMS, Tables.items(), ITEMS_PROPERTIES);
    warehouse.append(Tables.ITEMS, warehouse.spark().createDataFrame(parsed, Tables.items()));
    CrashPoint.reached(CrashPoint.AFTER_ITEMS);
    List<ItemPiece> spilled =
        RejectSpill.pieces(staging).stream().sorted().map(pieces::get).toList();
    if (spilled.isEmpty()) {
      return null;
    }
    JavaRDD<Row> rejected =
        jsc.parallelize(spilled, spilled.size())
            .flatMap(p -> RejectSpill.read(staging, p, batchId));
    return warehouse.spark().createDataFrame(rejected, Tables.quarantine());
  }

  private static List<InboxFile> itemFiles(List<Pending> accepted) {
    return accepted.stream()
        .map(Pending::file)
        .filter(f -> f.definition().role() == Role.ITEMS)
        .toList();
  }

  /**
   * Rows read, stored and quarantined per item file, counted from the batch's rows in the items and
   * quarantine tables (a scan of two small columns of the files just written; Delta's file
   * statistics on batch_id skip older files), so the ledger's counts are those of the data itself.
   */
  private void countItems(
      List<Pending> accepted, String batchId, boolean rejects, Map<String, long[]> counts) {
    List<InboxFile> items = itemFiles(accepted);
    if (items.isEmpty()) {
      return;
    }
    Map<String, long[]> itemCounts = new HashMap<>();
    items.forEach(f -> itemCounts.put(f.display(), new long[3])); // header-only files stay at zero
    counts.putAll(itemCounts);
    Column batch = functions.col("batch_id").equalTo(batchId);
    for (Row r :
        warehouse
            .read(Tables.ITEMS, Tables.items())
            .where(batch)
            .groupBy("source_file")
            .count()
            .collectAsList()) {
      long[] c = itemCounts.get(r.getString(0));
      c[0] += r.getLong(1);
      c[1] += r.getLong(1);
    }
    if (!rejects) {
      return;
    }
    for (Row r :
        warehouse
            .read(Tables.QUARANTINE, Tables.quarantine())
            .where(batch)
            .groupBy("source_file", "reason")
            .count()
            .collectAsList()) {
      long[] c = itemCounts.get(r.getString(0));
      if (c != null) { // small sources' rejects are counted where they are parsed
        c[0] += r.getLong(2);
        c[2] += r.getLong(2);
        reasons.merge(r.getString(1), r.getLong(2), Long::sum);
      }
    }
  }

  private void storeQuarantine(List<Row> small, Dataset<Row> rejectedItems) {
    Dataset<Row> rows = warehouse.spark().createDataFrame(small, Tables.quarantine());
    if (rejectedItems != null) {
      rows = rows.unionByName(rejectedItems);
    }
    if (!small.isEmpty() || rejectedItems != null) {
      warehouse.append(Tables.QUARANTINE, rows);
    }
    CrashPoint.reached(CrashPoint.AFTER_QUARANTINE);
  }

  private static Column[] columns(String[] names) {
    return Stream.of(names).map(functions::col).toArray(Column[]::new);
  }

  private static List<FileOutcome> sortedByFile(List<FileOutcome> outcomes) {
    return outcomes.stream().sorted(Comparator.comparing(FileOutcome::file)).toList();
  }

  private static String batchId(LocalDate date, List<Pending> accepted) {
    StringBuilder key = new StringBuilder(date.toString());
    accepted.stream().map(p -> p.file().sha256()).sorted().forEach(s -> key.append(':').append(s));
    return DropFiles.sha256(key.toString().getBytes(StandardCharsets.UTF_8));
  }
}
