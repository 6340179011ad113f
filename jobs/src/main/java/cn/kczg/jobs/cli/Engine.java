package cn.kczg.jobs.cli;

import cn.kczg.jobs.spark.Spark;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.jobs.store.WarehouseLock;
import cn.kczg.schemas.program.Rulebooks;
import cn.kczg.schemas.source.SourceDefinitions;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command needs, made on first use: the global options checked at once (a bad master or
 * warehouse folder is one line before any work, see {@link OptionChecks}), the Spark session, the
 * warehouse and its lock, the source definitions and rulebooks (built-in plus the warehouse's own
 * {@code sources/} and {@code programs/} folders), and a progress log on standard error.
 */
final class Engine {
  private final GlobalOptions options;
  private final ProgressLog progress;
  private Warehouse warehouse;

  Engine(GlobalOptions options) {
    this(options, false);
  }

  /** An engine for a service ({@code serve}): its progress lines always carry the time of day. */
  Engine(GlobalOptions options, boolean service) {
    this.options = options;
    this.progress = ProgressLog.forCommand(options.quiet, service);
    OptionChecks.master(options.master);
    OptionChecks.warehouse(options.warehouse);
    CrashLog.warehouse(localWarehouse());
  }

  /** Checks {@code --out} before any work, for the commands that write outputs. */
  Engine checkOut() {
    OptionChecks.folder("--out", options.out);
    return this;
  }

  Warehouse warehouse() {
    if (warehouse == null) {
      log("starting Spark (" + options.master + ")");
      Path scratch = localWarehouse().resolve("_state");
      warehouse = new Warehouse(options.warehouse, Spark.session(options.master, scratch));
      log("Spark ready");
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
    return Path.of(
            w.startsWith("file:") ? w.substring(5) : w.contains("://") ? "warehouse-state" : w)
        .toAbsolutePath();
  }

  SourceDefinitions sources() {
    return sources(null);
  }

  /**
   * Built-in definitions plus those of {@code dir}, or of {@code <warehouse>/sources/} when null.
   */
  SourceDefinitions sources(Path dir) {
    return SourceDefinitions.withExtra(dir != null ? dir : localWarehouse().resolve("sources"));
  }

  Rulebooks rulebooks() {
    return Rulebooks.withExtra(localWarehouse().resolve("programs"));
  }

  /**
   * The program used when a command names none: {@code default_program} of {@code
   * <warehouse>/kczg.properties}, else of the built-in {@code kczg.properties}.
   */
  String defaultProgram() {
    java.util.Properties settings = new java.util.Properties();
    try (java.io.InputStream in =
        Engine.class.getClassLoader().getResourceAsStream("kczg.properties")) {
      settings.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      Path own = localWarehouse().resolve("kczg.properties");
      if (java.nio.file.Files.isRegularFile(own)) {
        try (java.io.Reader r =
            java.nio.file.Files.newBufferedReader(own, java.nio.charset.StandardCharsets.UTF_8)) {
          settings.load(r);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return settings.getProperty("default_program").trim();
  }

  Path out() {
    return options.out;
  }

  /** A progress line on standard error (not with --quiet); see {@link ProgressLog}. */
  void log(String message) {
    progress.line(message);
  }

  PrintStream out(boolean ignored) {
    return System.out;
  }
}
