package cn.kczg.jobs.warehouse;

import static java.util.Objects.requireNonNull;

import io.delta.tables.DeltaTable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The folder (or object-store URI) that holds the engine's Delta tables, plus local state: the
 * lock file and markers of unfinished ingests. Tables live under {@code tables/<name>}.
 */
public final class Warehouse {
  private final String root;
  private final SparkSession spark;

  public Warehouse(String root, SparkSession spark) {
    this.root = stripSlash(requireNonNull(root, "root is null"));
    this.spark = requireNonNull(spark, "spark is null");
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
    return DeltaTable.isDeltaTable(spark, tablePath(table));
  }

  /** The table's current rows; an empty frame of the schema when it does not exist yet. */
  public Dataset<Row> read(String table, StructType schema) {
    if (!exists(table)) {
      return spark.createDataFrame(java.util.List.of(), schema);
    }
    return spark.read().format("delta").load(tablePath(table));
  }

  /** The table's current Delta version, or -1 when it does not exist. */
  public long version(String table) {
    if (!exists(table)) {
      return -1;
    }
    return DeltaTable.forPath(spark, tablePath(table)).history(1).select("version").first().getLong(0);
  }

  /** Appends rows (creating the table on first write). */
  public void append(String table, Dataset<Row> rows) {
    rows.write().format("delta").mode("append").save(tablePath(table));
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
