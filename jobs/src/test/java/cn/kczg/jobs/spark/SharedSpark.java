package cn.kczg.jobs.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The one SparkSession of the test JVM (surefire runs all tests of a module in one fork). */
public final class SharedSpark {
  private static Path scratch;

  private SharedSpark() {}

  /** The shared session, started on first use with {@code local[2]}. */
  public static synchronized SparkSession session() {
    if (scratch == null) {
      try {
        scratch = Files.createTempDirectory("kczg-spark-test");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Spark.session("local[2]", scratch);
  }
}
