package cn.kczg.jobs.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of a process, configured for Delta and for a small machine. The first
 * caller's settings win; later calls get the same session.
 */
public final class Spark {
  private static SparkSession session;

  private Spark() {}

  /**
   * The process's session, created on first use.
   *
   * @param master {@code local[*]}, {@code spark://host:7077}, {@code yarn}, …
   * @param scratch a folder for Spark's own warehouse dir (kept out of the working directory)
   */
  public static synchronized SparkSession session(String master, Path scratch) {
    if (session == null) {
      session = builder(master, scratch).getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }

  /** True when a session exists in this process (tests check that pure-Java paths start none). */
  public static synchronized boolean started() {
    return session != null;
  }

  static SparkSession.Builder builder(String master, Path scratch) {
    int cores = Runtime.getRuntime().availableProcessors();
    boolean local = master.startsWith("local");
    SparkSession.Builder b = SparkSession.builder().appName("kczg-analytics");
    if (System.getProperty("spark.master") == null) {
      b.master(master); // under spark-submit, the submitted master wins
    }
    defaults(cores, local, masterHost(master))
        .forEach(
            (key, value) -> {
              // A -Dspark.x=y given to the JVM (KCZG_JAVA_OPTS, spark-submit --conf) wins over our
              // default.
              if (System.getProperty(key) == null) {
                b.config(key, value);
              }
            });
    b.config(
        "spark.sql.warehouse.dir", scratch.resolve("spark-warehouse").toAbsolutePath().toString());
    String jars = local ? "" : ProjectJars.forExecutors();
    if (!jars.isEmpty() && System.getProperty("spark.jars") == null) {
      b.config("spark.jars", jars);
    }
    return b;
  }

  /** The settings this engine runs with unless the JVM was given others. */
  static java.util.Map<String, String> defaults(int cores, boolean local, String masterHost) {
    java.util.Map<String, String> c = new java.util.LinkedHashMap<>();
    c.put("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
    c.put("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
    // The default of 50 doubled a small job's time on 2 cores (verified-build.md).
    c.put("spark.databricks.delta.snapshotPartitions", "2");
    c.put("spark.ui.enabled", "false");
    c.put("spark.ui.showConsoleProgress", "false");
    c.put("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, cores * 2)));
    c.put("spark.sql.session.timeZone", "Asia/Shanghai");
    c.put("spark.sql.datetime.java8API.enabled", "true");
    boolean loopback = local || masterHost.equals("127.0.0.1") || masterHost.equals("localhost");
    c.put("spark.driver.bindAddress", loopback ? "127.0.0.1" : "0.0.0.0");
    c.put("spark.driver.host", loopback ? "127.0.0.1" : localHost());
    c.put("spark.databricks.delta.schema.autoMerge.enabled", "false");
    // A table of under 50 files keeps its file list in each version's checksum, computed from the
    // commit; in a session time zone other than UTC Delta checks that list by rebuilding the
    // table's state after every commit (two Spark jobs per commit, a third of the weekly report's
    // time in serve). The check guards timestamp partition values; the engine partitions only by
    // dates and strings (org_counts, org_metrics).
    c.put("spark.databricks.delta.allFilesInCrc.verificationMode.forceOnNonUTC.enabled", "false");
    // Parquet tries a dictionary for every column of every file before it falls back; for the
    // versions' columns that are unique or nearly so that cost the ingest a third of its task time
    // (hash lookups of every value) for nothing.
    for (String column :
        java.util.List.of(
            "item_id",
            "title",
            "title_key",
            "person_key",
            "line",
            "key_hash",
            "line_hash",
            "line_check",
            "content_hash",
            "content_check")) {
      c.put("spark.hadoop.parquet.enable.dictionary#" + column, "false");
    }
    // Reports must be reproducible from time travel: keep table history for a year.
    c.put("spark.databricks.delta.properties.defaults.logRetentionDuration", "interval 365 days");
    c.put(
        "spark.databricks.delta.properties.defaults.deletedFileRetentionDuration",
        "interval 365 days");
    return c;
  }

  /**
   * Shuffle partitions for a query over {@code rows} input rows: 2 per core (at least 4) up to a
   * few million rows, where more partitions only add fixed costs; above that one per ~3 million
   * rows, at most 32, so each sort task's share fits in memory instead of spilling (at 10M items
   * the counting sort ran 4 tasks of ~11M rows each, spilling). A value the JVM was given wins.
   */
  public static void sizeShuffle(SparkSession spark, long rows) {
    if (System.getProperty("spark.sql.shuffle.partitions") != null) {
      return;
    }
    spark
        .conf()
        .set("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions(rows, cores(spark))));
  }

  static int shufflePartitions(long rows, int cores) {
    int base = Math.max(4, cores * 2);
    return (int) Math.max(base, Math.min(32, rows / 3_000_000L));
  }

  private static int cores(SparkSession spark) {
    return Math.max(1, spark.sparkContext().defaultParallelism());
  }

  /** The host of {@code spark://host:port} (first of a list), else empty. */
  static String masterHost(String master) {
    if (!master.startsWith("spark://")) {
      return "";
    }
    String rest = master.substring("spark://".length());
    int end = rest.indexOf(':');
    return end < 0 ? rest : rest.substring(0, end);
  }

  private static String localHost() {
    try {
      return java.net.InetAddress.getLocalHost().getHostAddress();
    } catch (java.net.UnknownHostException e) {
      return "127.0.0.1";
    }
  }
}
