package cn.kczg.jobs.store;

import static java.util.Objects.requireNonNull;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The ingest ledger: one row per ingested file with its SHA-256, drop date and row counts. Its rows
 * are written last, so a batch is visible to readers exactly when its ledger rows exist. A marker
 * file under {@code _state/pending/} names a batch being written; if the process dies, the next
 * ingest deletes that batch's rows from every table and starts it again.
 *
 * <p>Why not Delta's idempotent writes ({@code txnAppId}/{@code txnVersion})? Delta silently skips
 * any write whose version is not above the last one seen for the app id, so keying them on a drop
 * date would drop a late drop (older date) without a word. The ledger keys files by content hash
 * and drop date instead, and needs no ordering.
 */
public final class Ledger {
  private static final List<String> BATCH_TABLES =
      List.of(
          Tables.VERSIONS,
          Tables.SUPERSESSIONS,
          Tables.QUARANTINE,
          Tables.REGISTRY,
          Tables.SNAPSHOTS);
  private static final StructType BATCH_IDS =
      DataTypes.createStructType(
          List.of(DataTypes.createStructField("batch_id", DataTypes.StringType, false)));
  private final Warehouse warehouse;

  public Ledger(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /** All ledger rows. */
  public Dataset<Row> rows() {
    return warehouse.read(Tables.LEDGER, Tables.ledger());
  }

  /** All ledger rows, read once per ledger version ({@link Warehouse#smallTable}). */
  private List<Row> collected() {
    return warehouse.smallTable(Tables.LEDGER);
  }

  /** SHA-256 of the files already ingested for a drop date. */
  public Set<String> shasFor(LocalDate dropDate) {
    Set<String> out = new HashSet<>();
    for (Row r : collected()) {
      if (dropDate.equals(r.getAs("drop_date"))) {
        out.add(r.getAs("sha256"));
      }
    }
    return out;
  }

  /** Batch ids of committed drops, as a one-column frame to semi-join with. */
  public Dataset<Row> committedBatches() {
    List<Row> ids =
        collected().stream()
            .map(r -> r.<String>getAs("batch_id"))
            .distinct()
            .sorted()
            .map(id -> RowFactory.create(id))
            .toList();
    return warehouse.spark().createDataFrame(ids, BATCH_IDS);
  }

  /** The rows of a batch-carrying table that belong to committed batches. */
  public Dataset<Row> committedOnly(Dataset<Row> table) {
    Dataset<Row> batches =
        functions.broadcast(committedBatches().withColumnRenamed("batch_id", "committed_batch"));
    return table.join(
        batches, table.col("batch_id").equalTo(batches.col("committed_batch")), "left_semi");
  }

  /** Drop dates with committed data, ascending. */
  public List<LocalDate> dropDates() {
    return List.copyOf(batchesByDrop().keySet());
  }

  /** Rows stored by the files of drops dated on or before {@code date} (to size queries by). */
  public long rowsStored(LocalDate date) {
    return collected().stream()
        .filter(r -> !r.<LocalDate>getAs("drop_date").isAfter(date))
        .mapToLong(r -> r.<Long>getAs("rows_stored"))
        .sum();
  }

  /** Committed batch ids per drop date, both sorted: what figures as of a date depend on. */
  public NavigableMap<LocalDate, List<String>> batchesByDrop() {
    NavigableMap<LocalDate, java.util.SortedSet<String>> sets = new TreeMap<>();
    for (Row r : collected()) {
      sets.computeIfAbsent(r.<LocalDate>getAs("drop_date"), d -> new java.util.TreeSet<>())
          .add(r.getAs("batch_id"));
    }
    NavigableMap<LocalDate, List<String>> out = new TreeMap<>();
    sets.forEach((d, ids) -> out.put(d, List.copyOf(ids)));
    return out;
  }

  /** Marks a batch as being written. */
  public void begin(String batchId) {
    try {
      Files.createDirectories(pending());
      Files.writeString(pending().resolve(batchId), batchId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits a batch: appends its ledger rows, then clears its staging files and marker. */
  public void commit(String batchId, Dataset<Row> ledgerRows) {
    // mergeSchema: ledgers written before source_digest existed gain the column.
    ledgerRows
        .write()
        .format("delta")
        .mode("append")
        .option("mergeSchema", "true")
        .save(warehouse.tablePath(Tables.LEDGER));
    warehouse.deleteStaging(batchId);
    try {
      Files.deleteIfExists(pending().resolve(batchId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the rows of batches a killed process left unfinished. */
  public void recoverUnfinished(Consumer<String> log) {
    if (!Files.isDirectory(pending())) {
      return;
    }
    List<String> batches;
    try (Stream<Path> files = Files.list(pending())) {
      batches = files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String batch : batches) {
      boolean committed = collected().stream().anyMatch(r -> batch.equals(r.getAs("batch_id")));
      if (!committed) {
        log.accept("recovering: removing the rows of unfinished batch " + batch.substring(0, 12));
        for (String table : BATCH_TABLES) {
          if (warehouse.exists(table)) {
            DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(table))
                .delete(functions.col("batch_id").equalTo(batch));
          }
        }
        deleteManifests(batch);
      }
      warehouse.deleteStaging(batch);
      try {
        Files.deleteIfExists(pending().resolve(batch));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Deletes an unfinished batch's delivery manifests ({@code deliveries/<drop>/<batch>.bin}). */
  private void deleteManifests(String batch) {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(warehouse.root() + "/deliveries");
    try {
      org.apache.hadoop.fs.FileSystem fs =
          root.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
      if (fs.exists(root)) {
        for (org.apache.hadoop.fs.FileStatus drop : fs.listStatus(root)) {
          fs.delete(new org.apache.hadoop.fs.Path(drop.getPath(), batch + ".bin"), false);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when a killed ingest left a batch to remove ({@link #recoverUnfinished}). */
  public boolean hasUnfinished() {
    try (Stream<Path> files =
        Files.isDirectory(pending()) ? Files.list(pending()) : Stream.empty()) {
      return files.findAny().isPresent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path pending() {
    return warehouse.localState().resolve("pending");
  }
}
