package cn.kczg.jobs.ingest;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.alias.AliasTable;
import cn.kczg.jobs.metrics.CheckGroups;
import cn.kczg.jobs.metrics.CurrentStates;
import cn.kczg.jobs.metrics.RegistryHistory;
import cn.kczg.jobs.spark.Spark;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.source.SourceDefinitions;
import cn.kczg.schemas.text.Dates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Ingests drop folders into the warehouse. A drop is {@code inbox/<YYYY-MM-DD>[-label]/} holding
 * exports; an inbox folder holding several drops is taken in date order.
 *
 * <p>Per drop: every file is hashed; files whose bytes were already ingested for that drop date are
 * skipped (so a re-delivered drop changes nothing); the rest are recognized by name or header,
 * checked, parsed (item files in Spark tasks) and appended with their batch id; the ledger row
 * written last is the commit point. Readers see only batches in the ledger, and a batch left
 * unfinished by a killed process is removed before the next ingest, so the tables are always as
 * before or after a drop.
 */
public final class IngestJob {
  private final Warehouse warehouse;
  private final SourceDefinitions sources;
  private final Consumer<String> log;
  private final long pieceBytes;

  public IngestJob(Warehouse warehouse, SourceDefinitions sources, Consumer<String> log) {
    this(warehouse, sources, log, DropFiles.PIECE_BYTES);
  }

  /** With another size of the pieces large CSV exports are cut into; for tests. */
  IngestJob(Warehouse warehouse, SourceDefinitions sources, Consumer<String> log, long pieceBytes) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.sources = requireNonNull(sources, "sources is null");
    this.log = requireNonNull(log, "log is null");
    this.pieceBytes = pieceBytes;
  }

  /** Ingests one drop folder, or every drop folder inside an inbox, oldest first. */
  public List<DropResult> execute(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw Errors.missingPath("Folder", folder);
    }
    new Ledger(warehouse).recoverUnfinished(log);
    List<Path> drops = dropsIn(folder);
    List<DropResult> results = new ArrayList<>();
    DropFiles files = new DropFiles(sources, log, pieceBytes);
    for (Path drop : drops) {
      results.add(new DropIngest(warehouse, files, log).ingest(drop, dateOf(drop)));
    }
    refreshCurrentStates();
    return results;
  }

  /**
   * Brings the current-state table up to the batches just committed, so the next run reads one row
   * per item, and the integrity checks' groups derived from it, so the next run reads only the rows
   * that may flag. The batches are committed already: if this fails, the next run brings the table
   * up instead, and groups the items itself.
   */
  private void refreshCurrentStates() {
    try {
      // The rebuild sorts every committed row and a merge joins the table with a drop: sized as a
      // run's counting is, so that at 10M items each sort task's share fits in memory.
      Spark.sizeShuffle(warehouse.spark(), new Ledger(warehouse).rowsStored(LocalDate.MAX));
      long version = new CurrentStates(warehouse, log).refresh();
      new CheckGroups(warehouse, log)
          .refresh(version, RegistryHistory.load(warehouse), new AliasTable(warehouse).asMap());
    } catch (Exception e) { // Spark's AnalysisException is checked in Java's eyes
      log.accept(
          "warning: the current-state table or the check groups were not brought up to date ("
              + e.getMessage()
              + "); the next run does without");
    }
  }

  /** The drop folders a path names: itself when dated, else its dated sub-folders in date order. */
  static List<Path> dropsIn(Path folder) {
    if (Dates.dropDate(folder.getFileName().toString()).isPresent()) {
      return List.of(folder);
    }
    try (Stream<Path> children = Files.list(folder)) {
      List<Path> drops =
          children
              .filter(Files::isDirectory)
              .filter(p -> Dates.dropDate(p.getFileName().toString()).isPresent())
              .sorted(
                  Comparator.comparing(IngestJob::dateOf)
                      .thenComparing(p -> p.getFileName().toString()))
              .toList();
      if (drops.isEmpty()) {
        throw new KczgException(
            cn.kczg.schemas.ErrorCode.NO_DATA,
            folder
                + " is neither a drop folder (named YYYY-MM-DD…) nor an inbox holding drop folders.");
      }
      return drops;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LocalDate dateOf(Path drop) {
    return Dates.dropDate(drop.getFileName().toString()).orElseThrow();
  }

  /** The roles whose rows a drop may hold, for messages. */
  static String roles() {
    return String.join(", ", Stream.of(Role.values()).map(Role::key).toList());
  }

  static String tableOf(Role role) {
    return switch (role) {
      case REGISTRY -> Tables.REGISTRY;
      case ITEMS -> Tables.ITEMS;
      case SNAPSHOT -> Tables.SNAPSHOTS;
    };
  }
}
