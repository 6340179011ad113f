package cn.kczg.jobs.cli;

import cn.kczg.jobs.spark.Spark;
import cn.kczg.jobs.warehouse.Warehouse;
import cn.kczg.jobs.warehouse.WarehouseLock;
import cn.kczg.schemas.program.Rulebooks;
import cn.kczg.schemas.source.SourceDefinitions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * What a command needs, made on first use: the Spark session, the warehouse and its lock, the
 * source definitions and rulebooks (built-in plus the warehouse's own {@code sources/} and
 * {@code programs/} folders), and a progress log on standard error.
 */
final class Engine {
  private final GlobalOptions options;
  private final Instant started = Instant.now();
  private Warehouse warehouse;

  Engine(GlobalOptions options) {
    this.options = options;
  }

  Warehouse warehouse() {
    if (warehouse == null) {
      log("starting Spark (" + options.master + ")");
      Path scratch = localWarehouse().resolve("_state");
      warehouse = new Warehouse(options.warehouse, Spark.session(options.master, scratch));
    }
    return warehouse;
  }

  /** Takes the warehouse's write lock; refused at once when another process holds it. */
  WarehouseLock lock(String purpose) {
    java.nio.file.Path state = localWarehouse().resolve("_state");
    try {
      java.nio.file.Files.createDirectories(state);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return WarehouseLock.acquire(state, purpose);
  }

  Path localWarehouse() {
    String w = options.warehouse;
    return Path.of(w.startsWith("file:") ? w.substring(5) : w.contains("://") ? "warehouse-state" : w).toAbsolutePath();
  }

  SourceDefinitions sources() {
    return sources(null);
  }

  /** Built-in definitions plus those of {@code dir}, or of {@code <warehouse>/sources/} when null. */
  SourceDefinitions sources(Path dir) {
    return SourceDefinitions.withExtra(dir != null ? dir : localWarehouse().resolve("sources"));
  }

  Rulebooks rulebooks() {
    return Rulebooks.withExtra(localWarehouse().resolve("programs"));
  }

  Path out() {
    return options.out;
  }

  /** A progress line on standard error (not with --quiet). */
  void log(String message) {
    if (!options.quiet) {
      long s = Duration.between(started, Instant.now()).toSeconds();
      System.err.printf("[%3ds] %s%n", s, message);
    }
  }

  PrintStream out(boolean ignored) {
    return System.out;
  }
}
