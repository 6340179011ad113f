package cn.kczg.jobs.ingest;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.ingest.DropFiles.Pending;
import cn.kczg.jobs.ingest.FileOutcome.Status;
import cn.kczg.jobs.spark.Spark;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.source.SourceDefinitions;
import cn.kczg.schemas.text.Dates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Ingests drop folders into the warehouse, at a cost that follows what changed. A drop is {@code
 * inbox/<YYYY-MM-DD>[-label]/} holding exports; an inbox folder holding several drops is taken in
 * date order, all of them as one batch.
 *
 * <p>Per drop: every file is hashed (a file whose bytes were ingested for that drop date before is
 * skipped, so a re-delivered drop changes nothing), recognized by name or header and checked. Item
 * files are scanned by Spark tasks against each item's current state ({@link CurrentIndex}): a
 * record that re-delivers it byte for byte is only counted; the others are parsed, and content an
 * item did not have becomes a new version ({@link DropScan}, {@link DropChanges}). A drop dated on
 * or before one already ingested is compared with the states of its own date ({@link LateDrop}).
 *
 * <p>The batch's rows (versions as each drop is scanned; then registry, snapshots, supersessions,
 * quarantine) are visible to readers only once the ledger rows, written last, commit the batch; a
 * batch left unfinished by a killed process is removed before the next ingest or run, so the tables
 * are always as before or after the whole batch.
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
      throw Errors.missingPath(Errors.what("folder"), folder);
    }
    Ledger ledger = new Ledger(warehouse);
    ledger.recoverUnfinished(log);
    DropFiles files = new DropFiles(sources, log, pieceBytes);
    List<Sorted> drops = new ArrayList<>();
    Map<LocalDate, Set<String>> accepted = new TreeMap<>();
    for (Path drop : dropsIn(folder)) {
      LocalDate date = dateOf(drop);
      log.accept("ingest " + drop.getFileName() + ": scanning files");
      Set<String> known = new HashSet<>(ledger.shasFor(date));
      known.addAll(accepted.getOrDefault(date, Set.of()));
      DropFiles.Sorted sorted = files.sort(drop, date, known);
      sorted
          .accepted()
          .forEach(
              p -> accepted.computeIfAbsent(date, d -> new HashSet<>()).add(p.file().sha256()));
      sorted
          .refused()
          .forEach(r -> accepted.computeIfAbsent(date, d -> new HashSet<>()).add(r.sha256()));
      drops.add(new Sorted(drop.getFileName().toString(), date, sorted));
    }
    if (accepted.isEmpty()) {
      drops.forEach(d -> log.accept("ingest " + d.folder() + ": nothing new"));
      return drops.stream().map(d -> d.result("", Map.of(), Map.of(), Map.of())).toList();
    }
    return new Batch(ledger, batchId(drops)).ingest(drops);
  }

  /** A drop folder's files, sorted. */
  private record Sorted(String folder, LocalDate date, DropFiles.Sorted files) {
    DropResult result(
        String batchId,
        Map<String, long[]> counts,
        Map<String, Long> reasons,
        Map<String, List<String>> notes) {
      List<FileOutcome> out = new ArrayList<>(files.skipped());
      for (Pending p : files.accepted()) {
        long[] c = counts.get(p.file().display());
        if (c != null) {
          out.add(
              new FileOutcome(
                  p.file().display(),
                  p.file().definition().id(),
                  Status.INGESTED,
                  p.file().encoding(),
                  c[0],
                  c[1],
                  c[2],
                  c[3],
                  "",
                  notes.getOrDefault(p.file().display(), List.of())));
        }
      }
      out.sort(Comparator.comparing(FileOutcome::file));
      return new DropResult(folder, date, batchId, out, reasons);
    }
  }

  /** One ingest's batch: every accepted file of every drop given. */
  private final class Batch {
    private final Ledger ledger;
    private final String id;
    private final List<Row> registry = new ArrayList<>();
    private final List<Row> snapshots = new ArrayList<>();
    private final List<Row> supersessions = new ArrayList<>();
    private final List<Row> quarantine = new ArrayList<>();
    private final List<Row> ledgerRows = new ArrayList<>();

    Batch(Ledger ledger, String id) {
      this.ledger = ledger;
      this.id = id;
    }

    List<DropResult> ingest(List<Sorted> drops) {
      ledger.begin(id);
      // Parse tasks and the index are sized like a run's queries (BENCHMARKS.md).
      Spark.sizeShuffle(warehouse.spark(), ledger.rowsStored(LocalDate.MAX));
      NavigableMap<LocalDate, List<String>> committed = ledger.batchesByDrop();
      SortedSet<String> batches = new TreeSet<>();
      committed.values().forEach(batches::addAll);
      IndexStore store = new IndexStore(warehouse, log);
      LocalDate newest = committed.isEmpty() ? null : committed.lastKey();
      CurrentIndex index = store.load(batches, newest);
      List<DropResult> results = new ArrayList<>();
      Instant now = Instant.now();
      for (Sorted drop : drops) {
        if (drop.files().accepted().isEmpty()) {
          log.accept("ingest " + drop.folder() + ": nothing new");
          results.add(drop.result("", Map.of(), Map.of(), Map.of()));
          continue;
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Long> reasons = new TreeMap<>();
        Map<String, List<String>> notes = new TreeMap<>();
        int quarantinedBefore = quarantine.size();
        smallSources(drop, counts);
        List<FileOutcome> refused = new ArrayList<>();
        // A drop of the newest date (another batch of it) is compared with the current index too.
        boolean late = newest != null && drop.date().isBefore(newest);
        items(
            drop,
            late ? committed.tailMap(drop.date(), false) : null,
            index,
            counts,
            refused,
            notes);
        drop.files().refused().forEach(r -> refuse(drop, r, now));
        if (!late) {
          newest = drop.date();
        }
        quarantine
            .subList(quarantinedBefore, quarantine.size())
            .forEach(r -> reasons.merge(r.getString(1), 1L, Long::sum));
        for (Pending p : drop.files().accepted()) {
          long[] c = counts.get(p.file().display());
          if (c != null) {
            ledgerRows.add(ledgerRow(drop, p.file(), c, now, notes.get(p.file().display())));
          }
        }
        DropResult result = drop.result(id, counts, reasons, notes);
        List<FileOutcome> all = new ArrayList<>(result.files());
        all.addAll(refused);
        all.sort(Comparator.comparing(FileOutcome::file));
        results.add(new DropResult(result.folder(), result.dropDate(), id, all, reasons));
        log.accept(
            String.format(
                "ingest %s: %,d row(s) read, %,d new or changed, %,d unchanged, %,d quarantined",
                drop.folder(),
                counts.values().stream().mapToLong(c -> c[0]).sum(),
                counts.values().stream().mapToLong(c -> c[1]).sum(),
                counts.values().stream().mapToLong(c -> c[2]).sum(),
                counts.values().stream().mapToLong(c -> c[3]).sum()));
      }
      commit(index, batches);
      return results;
    }

    /** Registry and snapshot files: small, parsed here. */
    private void smallSources(Sorted drop, Map<String, long[]> counts) {
      for (Pending p : drop.files().accepted()) {
        Role role = p.file().definition().role();
        if (role != Role.ITEMS) {
          counts.put(
              p.file().display(),
              SmallSources.parse(p, id, role == Role.REGISTRY ? registry : snapshots, quarantine));
        }
      }
    }

    /** The drop's item files: scanned against the states of its date, the changes applied. */
    private void items(
        Sorted drop,
        NavigableMap<LocalDate, List<String>> later,
        CurrentIndex current,
        Map<String, long[]> counts,
        List<FileOutcome> refused,
        Map<String, List<String>> notes) {
      List<ItemPiece> pieces =
          drop.files().accepted().stream()
              .filter(p -> p.file().definition().role() == Role.ITEMS)
              .flatMap(p -> p.pieces().stream())
              .toList();
      List<Pending> itemFiles =
          drop.files().accepted().stream()
              .filter(p -> p.file().definition().role() == Role.ITEMS)
              .toList();
      if (itemFiles.isEmpty()) {
        return;
      }
      itemFiles.forEach(p -> counts.put(p.file().display(), new long[4]));
      log.accept(
          "ingest "
              + drop.folder()
              + ": scanning "
              + itemFiles.size()
              + " item file(s) in "
              + pieces.size()
              + " piece(s)"
              + (later != null ? " against the states of " + drop.date() + " (a late drop)" : ""));
      CurrentIndex index =
          later == null ? current : IndexStore.at(warehouse, drop.date(), pending(supersessions));
      DropScan.Result scan = new DropScan(warehouse, log).execute(id, drop.date(), pieces, index);
      scan.refused()
          .forEach(
              (f, why) -> {
                counts.remove(f.display());
                log.accept("refused " + f.display() + ": " + why);
                refused.add(
                    FileOutcome.skipped(f.display(), f.definition().id(), Status.REFUSED, why));
                refuse(
                    drop,
                    new DropFiles.Refusal(f.display(), f.sha256(), f.definition().id(), why),
                    Instant.now());
              });
      DropChanges.Outcome outcome = new DropChanges(warehouse, id, drop.date(), index).apply(scan);
      outcome.counts().forEach((f, c) -> counts.put(f.display(), c));
      outcome.notes().forEach((f, n) -> notes.put(f.display(), n));
      supersessions.addAll(outcome.supersessions());
      quarantine.addAll(outcome.quarantine());
      if (later != null) {
        List<Row> copies =
            new LateDrop(warehouse, id)
                .replay(drop.date(), index, outcome.changed(), later, current, supersessions);
        if (!copies.isEmpty()) {
          warehouse.append(
              Tables.VERSIONS, warehouse.spark().createDataFrame(copies, Tables.versions()));
        }
      }
    }

    /**
     * A file refused whole: a ledger row with its reason (its bytes are tried again when delivered
     * again) and a quarantine row (line 0), so the run's listing and summary show it.
     */
    private void refuse(Sorted drop, DropFiles.Refusal r, Instant now) {
      ledgerRows.add(
          RowFactory.create(
              id,
              drop.date(),
              drop.folder(),
              r.display(),
              r.sha256(),
              r.sourceId(),
              null,
              0L,
              0L,
              0L,
              0L,
              now,
              null,
              Ledger.REFUSED,
              r.reason()));
      quarantine.add(
          RowFactory.create(
              r.sourceId(),
              RowOutcome.Reason.FILE_REFUSED.name(),
              r.reason(),
              "",
              drop.date(),
              r.display(),
              0L,
              id));
    }

    private void commit(CurrentIndex index, SortedSet<String> batches) {
      appendAll(Tables.REGISTRY, registry, Tables.registry());
      appendAll(Tables.SNAPSHOTS, snapshots, Tables.snapshots());
      CrashPoint.reached(CrashPoint.AFTER_REGISTRY);
      appendAll(Tables.SUPERSESSIONS, supersessions, Tables.supersessions());
      appendAll(Tables.QUARANTINE, quarantine, Tables.quarantine());
      CrashPoint.reached(CrashPoint.AFTER_QUARANTINE);
      CrashPoint.reached(CrashPoint.BEFORE_COMMIT);
      ledger.commit(id, warehouse.spark().createDataFrame(ledgerRows, Tables.ledger()));
      log.accept(
          "ingest: committed batch " + id.substring(0, 12) + ": " + ledgerRows.size() + " file(s)");
      batches.add(id);
      new IndexStore(warehouse, log).save(index, batches);
    }

    private void appendAll(
        String table, List<Row> rows, org.apache.spark.sql.types.StructType schema) {
      if (!rows.isEmpty()) {
        warehouse.append(table, warehouse.spark().createDataFrame(rows, schema));
      }
    }

    private org.apache.spark.sql.Dataset<Row> pending(List<Row> rows) {
      return rows.isEmpty()
          ? null
          : warehouse.spark().createDataFrame(List.copyOf(rows), Tables.supersessions());
    }

    private Row ledgerRow(Sorted drop, InboxFile f, long[] c, Instant now, List<String> notes) {
      return RowFactory.create(
          id,
          drop.date(),
          drop.folder(),
          f.display(),
          f.sha256(),
          f.definition().id(),
          f.encoding(),
          c[0],
          c[1],
          c[3],
          c[2],
          now,
          f.definition().digest(),
          Ledger.INGESTED,
          notes == null || notes.isEmpty() ? null : String.join("\n", notes));
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
            cn.kczg.schemas.messages.Messages.current().text("error.ingest.not_a_drop", folder));
      }
      return drops;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LocalDate dateOf(Path drop) {
    return Dates.dropDate(drop.getFileName().toString()).orElseThrow();
  }

  /** The batch's id: a digest of the accepted files' drop dates and contents. */
  private static String batchId(List<Sorted> drops) {
    StringBuilder key = new StringBuilder();
    for (Sorted d : drops) {
      key.append(d.date());
      java.util.stream.Stream.concat(
              d.files().accepted().stream().map(p -> p.file().sha256()),
              d.files().refused().stream().map(DropFiles.Refusal::sha256))
          .sorted()
          .forEach(s -> key.append(':').append(s));
      key.append(';');
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(key.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
