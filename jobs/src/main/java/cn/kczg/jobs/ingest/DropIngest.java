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
import org.apache.spark.storage.StorageLevel;

/**
 * Ingests one drop folder; see {@link IngestJob} for the guarantees. Write order: pending marker,
 * registry and snapshot rows, item rows, quarantined rows (one append), then the ledger rows that
 * commit the batch. A crash anywhere before the last step leaves rows that no reader sees and that
 * the next ingest removes.
 */
final class DropIngest {
  private final Warehouse warehouse;
  private final DropFiles files;
  private final Consumer<String> log;
  private final Ledger ledger;
  private final Map<String, Long> reasons = new TreeMap<>();
  private Dataset<Row> parsedItems;

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
    Dataset<Row> rejectedItems = storeItems(sorted.accepted(), batchId, counts);
    storeQuarantine(quarantine, rejectedItems, counts);
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
    if (parsedItems != null) {
      parsedItems.unpersist();
    }
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
   * Item files are parsed in Spark tasks, one file per task, read once and split: accepted rows are
   * appended here, the rejected ones returned (cached) for the one quarantine append.
   */
  private Dataset<Row> storeItems(
      List<Pending> accepted, String batchId, Map<String, long[]> counts) {
    List<InboxFile> items =
        accepted.stream()
            .map(Pending::file)
            .filter(f -> f.definition().role() == Role.ITEMS)
            .toList();
    if (items.isEmpty()) {
      return null;
    }
    log.accept("ingest: parsing " + items.size() + " item file(s)");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(warehouse.spark().sparkContext());
    JavaRDD<Row> parsed = jsc.parallelize(items, items.size()).flatMap(new ParsedRows(batchId));
    Dataset<Row> all =
        warehouse
            .spark()
            .createDataFrame(parsed, ParsedRows.SCHEMA)
            .persist(StorageLevel.MEMORY_AND_DISK());
    parsedItems = all;
    items.forEach(f -> counts.put(f.display(), new long[3])); // header-only files stay at zero
    for (Row r : all.groupBy("source_file", "reason").count().collectAsList()) {
      long[] c = counts.get(r.getString(0));
      long n = r.getLong(2);
      c[0] += n;
      c[r.isNullAt(1) ? 1 : 2] += n;
      if (!r.isNullAt(1)) {
        reasons.merge(r.getString(1), n, Long::sum);
      }
    }
    warehouse.append(
        Tables.ITEMS,
        all.where(functions.col("reason").isNull()).select(columns(Tables.items().fieldNames())));
    CrashPoint.reached(CrashPoint.AFTER_ITEMS);
    return all.where(functions.col("reason").isNotNull())
        .withColumn("source_id", functions.col("kind"))
        .select(columns(Tables.quarantine().fieldNames()));
  }

  private void storeQuarantine(
      List<Row> small, Dataset<Row> rejectedItems, Map<String, long[]> counts) {
    boolean itemRejects = rejectedItems != null && counts.values().stream().anyMatch(c -> c[2] > 0);
    Dataset<Row> rows = warehouse.spark().createDataFrame(small, Tables.quarantine());
    if (itemRejects) {
      rows = rows.unionByName(rejectedItems);
    }
    if (!small.isEmpty() || itemRejects) {
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
