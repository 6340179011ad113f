package cn.kczg.jobs.store;

import static java.util.Objects.requireNonNull;

import io.delta.tables.DeltaTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The folder (or object-store URI) that holds the engine's Delta tables, plus local state: the lock
 * file and markers of unfinished ingests. Tables live under {@code tables/<name>}.
 *
 * <p>A warehouse can be {@linkplain #pinnedAt pinned} to table versions recorded in an earlier
 * run's {@code manifest.json}: every read then time-travels to that version, so the run sees the
 * warehouse exactly as that run saw it.
 */
public final class Warehouse {
  private final String root;
  private final SparkSession spark;
  private final Map<String, Long> pinned;
  private final Map<String, Small> small = new ConcurrentHashMap<>();

  /**
   * Partition columns of tables this process has read or written with {@link #replacePartitions}.
   */
  private final Map<String, List<String>> layouts = new ConcurrentHashMap<>();

  public Warehouse(String root, SparkSession spark) {
    this(root, spark, Map.of());
  }

  private Warehouse(String root, SparkSession spark, Map<String, Long> pinned) {
    this.root = stripSlash(requireNonNull(root, "root is null"));
    this.spark = requireNonNull(spark, "spark is null");
    this.pinned = Map.copyOf(pinned);
  }

  /**
   * The same warehouse read as of the given table versions (-1: the table did not exist yet).
   * Tables not named are read at their current version.
   */
  public Warehouse pinnedAt(Map<String, Long> versions) {
    return new Warehouse(root, spark, versions);
  }

  /** The table versions this view is pinned to; empty when it reads current versions. */
  public Map<String, Long> pinnedVersions() {
    return pinned;
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** The Spark session the tables are read with. */
  public SparkSession spark() {
    return spark;
  }

  /** The warehouse root as given. */
  public String root() {
    return root;
  }

  /** Location of a table. */
  public String tablePath(String table) {
    return root + "/tables/" + table;
  }

  /** True when the table has been created. */
  public boolean exists(String table) {
    if (pinned.containsKey(table) && pinned.get(table) < 0) {
      return false;
    }
    return DeltaTable.isDeltaTable(spark, tablePath(table));
  }

  /** The table's current rows; an empty frame of the schema when it does not exist yet. */
  public Dataset<Row> read(String table, StructType schema) {
    if (!exists(table)) {
      return spark.createDataFrame(java.util.List.of(), schema);
    }
    Long version = pinned.get(table);
    return version == null
        ? spark.read().format("delta").load(tablePath(table))
        : spark.read().format("delta").option("versionAsOf", version).load(tablePath(table));
  }

  /** The table's current Delta version, or -1 when it does not exist. */
  public long version(String table) {
    if (pinned.containsKey(table)) {
      return pinned.get(table);
    }
    if (!exists(table)) {
      return -1;
    }
    // The log's newest version, from a listing of _delta_log: no Spark job (history(1) ran one per
    // table, a second each on a cold JVM).
    return DeltaLog.forTable(spark, tablePath(table))
        .update(false, scala.Option.empty(), scala.Option.empty())
        .version();
  }

  /**
   * The rows of a small table (the ledger: one row per ingested file), collected once per table
   * version: a command asks the ledger several questions and each asked Spark and Delta again.
   */
  public List<Row> smallTable(String table) {
    long version = version(table);
    if (version < 0) {
      return List.of();
    }
    Small cached = small.get(table);
    if (cached == null || cached.version() != version) {
      SparkSession.setActiveSession(spark); // dates as LocalDate, whichever thread asks first
      List<Row> rows =
          spark
              .read()
              .format("delta")
              .option("versionAsOf", version)
              .load(tablePath(table))
              .collectAsList();
      cached = new Small(version, List.copyOf(rows));
      small.put(table, cached);
    }
    return cached.rows();
  }

  private record Small(long version, List<Row> rows) {}

  /**
   * Creates an empty table with Delta table properties, unless it exists; columns are nullable, as
   * a table created by a first append has them, and so are struct fields and array elements inside
   * them (Delta refuses a NOT NULL nested in an array).
   */
  public void createIfMissing(String table, StructType schema, Map<String, String> properties) {
    if (exists(table)) {
      return;
    }
    var builder =
        DeltaTable.createIfNotExists(spark)
            .location(qualified(tablePath(table)))
            .addColumns((StructType) nullable(schema));
    for (var e : new java.util.TreeMap<>(properties).entrySet()) {
      builder = builder.property(e.getKey(), e.getValue());
    }
    builder.execute();
  }

  /** The type with every field and element nullable, however deep. */
  private static org.apache.spark.sql.types.DataType nullable(
      org.apache.spark.sql.types.DataType type) {
    if (type instanceof StructType struct) {
      StructType out = new StructType();
      for (var f : struct.fields()) {
        out = out.add(f.name(), nullable(f.dataType()), true);
      }
      return out;
    }
    if (type instanceof org.apache.spark.sql.types.ArrayType array) {
      return org.apache.spark.sql.types.DataTypes.createArrayType(
          nullable(array.elementType()), true);
    }
    return type;
  }

  /** Appends rows (creating the table on first write). */
  public void append(String table, Dataset<Row> rows) {
    if (pinned.containsKey(table)) {
      throw new IllegalStateException(
          "table " + table + " is pinned to version " + pinned.get(table) + "; read-only");
    }
    // mergeSchema: a table written before its role gained optional columns (the registry's form
    // fields) takes them on; rows of the older shape read them as null.
    rows.write()
        .format("delta")
        .mode("append")
        .option("mergeSchema", "true")
        .save(tablePath(table));
  }

  /**
   * Replaces the rows of {@code partitions} (each named by its values, in the order of {@code
   * partitionColumns}) with {@code rows}, creating the table partitioned by {@code
   * partitionColumns}. Because the condition names whole partitions, Delta drops their files from
   * the log without reading or rewriting any data file: a weekly run's small writes (org_counts,
   * org_metrics) took a dozen Spark jobs each when a date's rows shared a file with other dates'. A
   * table written with other partition columns (before this layout) is rewritten once in the new
   * layout, its old versions kept.
   *
   * <p>When none of the partitions' folders exists, no file was ever written to them, so there is
   * nothing to replace and the rows are appended: a blind append needs no list of the table's
   * files, which a replacement builds with two Spark jobs per new table version (a third of the
   * weekly report's time in serve, where every week's as-of date is a new partition).
   */
  public void replacePartitions(
      String table,
      Dataset<Row> rows,
      List<String> partitionColumns,
      List<List<String>> partitions) {
    String predicate = partitionPredicate(partitionColumns, partitions);
    if (pinned.containsKey(table)) {
      throw new IllegalStateException(
          "table " + table + " is pinned to version " + pinned.get(table) + "; read-only");
    }
    String[] by = partitionColumns.toArray(String[]::new);
    if (!exists(table)) {
      rows.write().format("delta").mode("append").partitionBy(by).save(tablePath(table));
      layouts.put(table, List.copyOf(partitionColumns));
      return;
    }
    // Once a table is seen in this layout it stays in it (only this method changes layouts): a
    // long-lived process (serve) skips the snapshot computation on later writes.
    List<String> current =
        partitionColumns.equals(layouts.get(table))
            ? partitionColumns
            : scala.jdk.javaapi.CollectionConverters.asJava(
                DeltaLog.forTable(spark, tablePath(table))
                    .update(false, scala.Option.empty(), scala.Option.empty())
                    .metadata()
                    .partitionColumns());
    if (!current.equals(partitionColumns)) {
      Dataset<Row> kept =
          spark
              .read()
              .format("delta")
              .load(tablePath(table))
              .where("NOT (" + predicate + ")")
              .select(
                  java.util.Arrays.stream(rows.columns())
                      .map(functions::col)
                      .toList()
                      .toArray(Column[]::new));
      kept.unionByName(rows)
          .write()
          .format("delta")
          .mode("overwrite")
          .option("overwriteSchema", "true")
          .partitionBy(by)
          .save(tablePath(table));
    } else if (noneWritten(table, partitionColumns, partitions)) {
      rows.write().format("delta").mode("append").partitionBy(by).save(tablePath(table));
    } else {
      rows.write()
          .format("delta")
          .mode("overwrite")
          .option("replaceWhere", predicate)
          .partitionBy(by)
          .save(tablePath(table));
    }
    layouts.put(table, List.copyOf(partitionColumns));
  }

  /**
   * The SQL condition that selects exactly {@code partitions}: {@code (`c1` = 'v1' AND …) OR …}. A
   * string literal compared with a date column is read as a date.
   */
  static String partitionPredicate(List<String> columns, List<List<String>> partitions) {
    if (partitions.isEmpty()) {
      throw new IllegalArgumentException("no partition to replace");
    }
    StringBuilder out = new StringBuilder();
    for (List<String> values : partitions) {
      if (values.size() != columns.size()) {
        throw new IllegalArgumentException(
            "partition " + values + " does not name one value per column " + columns);
      }
      out.append(out.length() == 0 ? "(" : " OR (");
      for (int i = 0; i < values.size(); i++) {
        out.append(i == 0 ? "" : " AND ")
            .append('`')
            .append(columns.get(i).replace("`", "``"))
            .append("` = '")
            .append(values.get(i).replace("\\", "\\\\").replace("'", "\\'"))
            .append('\'');
      }
      out.append(')');
    }
    return out.toString();
  }

  /**
   * True when no folder of the partitions exists under the table (Delta writes a partition's files
   * in its Hive-style folder, {@code column=value/…}, and only VACUUM deletes them).
   */
  private boolean noneWritten(
      String table, List<String> partitionColumns, List<List<String>> partitions) {
    try {
      org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(tablePath(table));
      org.apache.hadoop.fs.FileSystem fs =
          root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (List<String> values : partitions) {
        org.apache.hadoop.fs.Path dir = root;
        for (int i = 0; i < values.size(); i++) {
          dir =
              new org.apache.hadoop.fs.Path(
                  dir,
                  ExternalCatalogUtils.escapePathName(partitionColumns.get(i))
                      + "="
                      + ExternalCatalogUtils.escapePathName(values.get(i)));
        }
        if (fs.exists(dir)) {
          return false;
        }
      }
      return true;
    } catch (java.io.IOException e) {
      return false; // the replacement is right either way
    }
  }

  /**
   * Where an ingest batch keeps intermediate files (quarantined rows spilled by parse tasks) until
   * it commits: beside the tables, so tasks on a cluster can write there too.
   */
  public String stagingPath(String batchId) {
    return root + "/_staging/" + batchId;
  }

  /** Deletes a batch's intermediate files, if any. */
  public void deleteStaging(String batchId) {
    try {
      org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(stagingPath(batchId));
      dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(dir, true);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A location Spark's table builder takes as a path: a relative local path (the default {@code
   * warehouse}, {@code demo/warehouse}) is read there as a table name and refused.
   */
  static String qualified(String location) {
    if (location.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
      return location; // file:, hdfs://, s3a://, …
    }
    return Path.of(location).toAbsolutePath().normalize().toString();
  }

  /** A local folder for markers and locks; only for warehouses on the local file system. */
  public Path localState() {
    Path p = Path.of(root.startsWith("file:") ? root.substring(5) : root).resolve("_state");
    try {
      Files.createDirectories(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p;
  }
}
