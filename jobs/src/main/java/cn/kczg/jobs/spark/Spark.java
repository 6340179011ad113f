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
    return SparkSession.builder()
        .appName("kczg-analytics")
        .master(master)
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        // The default of 50 doubled a small job's time on 2 cores (verified-build.md).
        .config("spark.databricks.delta.snapshotPartitions", "2")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.warehouse.dir", scratch.resolve("spark-warehouse").toAbsolutePath().toString())
        .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, cores * 2)))
        .config("spark.sql.session.timeZone", "Asia/Shanghai")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.driver.bindAddress", master.startsWith("local") ? "127.0.0.1" : "0.0.0.0")
        .config("spark.driver.host", master.startsWith("local") ? "127.0.0.1" : localHost())
        .config("spark.databricks.delta.schema.autoMerge.enabled", "false")
        // Reports must be reproducible from time travel: keep table history for a year.
        .config("spark.databricks.delta.properties.defaults.logRetentionDuration", "interval 365 days")
        .config("spark.databricks.delta.properties.defaults.deletedFileRetentionDuration", "interval 365 days");
  }

  private static String localHost() {
    try {
      return java.net.InetAddress.getLocalHost().getHostAddress();
    } catch (java.net.UnknownHostException e) {
      return "127.0.0.1";
    }
  }
}
