package cn.kczg.jobs.ingest;

import cn.kczg.jobs.ingest.FileOutcome.Status;
import cn.kczg.jobs.warehouse.Ledger;
import cn.kczg.jobs.warehouse.Tables;
import cn.kczg.jobs.warehouse.Warehouse;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.read.SourceFileParser;
import cn.kczg.schemas.read.TableReader;
import cn.kczg.schemas.read.TableRow;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.source.SourceDefinitions;
import cn.kczg.schemas.text.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/** Ingests one drop folder; see {@link IngestJob} for the guarantees. */
final class DropIngest {
  private final Warehouse warehouse;
  private final SourceDefinitions sources;
  private final Consumer<String> log;
  private final Ledger ledger;

  DropIngest(Warehouse warehouse, SourceDefinitions sources, Consumer<String> log) {
    this.warehouse = warehouse;
    this.sources = sources;
    this.log = log;
    this.ledger = new Ledger(warehouse);
  }

  /** A file accepted for reading, with its bytes for the small (driver-side) sources. */
  private record Pending(InboxFile file, byte[] bytes) {}

  DropResult ingest(Path drop, LocalDate date) {
    String folder = drop.getFileName().toString();
    List<Path> files = filesOf(drop);
    log.accept("ingest " + folder + ": scanning " + files.size() + " file(s)");
    Set<String> known = ledger.shasFor(date);
    Set<String> seen = new HashSet<>();
    List<FileOutcome> outcomes = new ArrayList<>();
    List<Pending> accepted = new ArrayList<>();
    for (Path path : files) {
      String display = folder + "/" + path.getFileName();
      byte[] bytes = read(path);
      String sha = sha256(bytes);
      if (known.contains(sha)) {
        outcomes.add(FileOutcome.skipped(display, "", Status.ALREADY_INGESTED, "these bytes were ingested for " + date + " before"));
      } else if (!seen.add(sha)) {
        outcomes.add(FileOutcome.skipped(display, "", Status.DUPLICATE, "same bytes as another file of this drop; read once"));
      } else {
        Checked checked = check(path, display, date, sha, bytes);
        if (checked.pending() != null) {
          accepted.add(checked.pending());
        } else {
          outcomes.add(checked.refusal());
        }
      }
    }
    if (accepted.isEmpty()) {
      log.accept("ingest " + folder + ": nothing new");
      return new DropResult(folder, date, "", sorted(outcomes), Map.of());
    }
    String batchId = batchId(date, accepted);
    ledger.begin(batchId);
    Map<String, long[]> counts = new HashMap<>();
    storeSmallSources(accepted, batchId, counts);
    storeItems(accepted, batchId, counts);
    List<Row> ledgerRows = new ArrayList<>();
    Instant now = Instant.now();
    for (Pending p : accepted) {
      InboxFile f = p.file();
      long[] c = counts.getOrDefault(f.display(), new long[3]);
      ledgerRows.add(
          RowFactory.create(batchId, date, folder, f.display(), f.sha256(), f.definition().id(), f.encoding(), c[0], c[1], c[2], now));
      outcomes.add(new FileOutcome(f.display(), f.definition().id(), Status.INGESTED, f.encoding(), c[0], c[1], c[2], ""));
    }
    ledger.commit(batchId, warehouse.spark().createDataFrame(ledgerRows, Tables.ledger()));
    log.accept(String.format("ingest %s: committed batch %s: %d file(s), %,d row(s) stored, %,d quarantined", folder,
        batchId.substring(0, 12), accepted.size(), outcomes.stream().mapToLong(FileOutcome::stored).sum(),
        outcomes.stream().mapToLong(FileOutcome::quarantined).sum()));
    return new DropResult(folder, date, batchId, sorted(outcomes), quarantineByReason(batchId));
  }

  /** Either a file to read or why it is not read. */
  private record Checked(Pending pending, FileOutcome refusal) {
    static Checked no(String display, Status status, String message) {
      return new Checked(null, FileOutcome.skipped(display, "", status, message));
    }
  }

  /** Recognizes and checks a file. */
  private Checked check(Path path, String display, LocalDate date, String sha, byte[] bytes) {
    String name = path.getFileName().toString();
    Optional<String> format = SourceDefinition.formatOf(name);
    if (format.isEmpty()) {
      return Checked.no(display, Status.IGNORED, "not a .csv or .xlsx file");
    }
    try {
      Optional<SourceDefinition> def = sources.forFileName(name);
      if (def.isEmpty()) {
        def = byHeader(format.get(), bytes, display);
      }
      if (def.isEmpty()) {
        return Checked.no(display, Status.IGNORED,
            "matches no source definition by name or header; add one (see README, Adding a source)");
      }
      String encoding = probe(def.get(), bytes, display);
      String uri = path.toAbsolutePath().toUri().toString();
      return new Checked(new Pending(new InboxFile(uri, display, date, sha, def.get(), encoding), bytes), null);
    } catch (KczgException e) {
      log.accept("refused " + display + ": " + e.getMessage());
      return Checked.no(display, Status.REFUSED, e.getMessage());
    }
  }

  private Optional<SourceDefinition> byHeader(String format, byte[] bytes, String display) {
    for (TableRow row : TableReader.firstRows(bytes, format, display, 5)) {
      Optional<SourceDefinition> def = sources.forHeader(format, row.cells());
      if (def.isPresent()) {
        return def;
      }
    }
    return Optional.empty();
  }

  /** Decodes and checks the header (the whole file for small sources), without keeping rows. */
  private static String probe(SourceDefinition def, byte[] bytes, String display) {
    String[] encoding = {""};
    try {
      SourceFileParser.Summary s =
          new SourceFileParser(def).parse(bytes, display, row -> {
            if (def.role() == Role.ITEMS) {
              throw new HeaderOk();
            }
          });
      encoding[0] = s.encoding();
    } catch (HeaderOk ok) {
      encoding[0] = SourceDefinition.formatOf(display).orElse("").equals("xlsx")
          ? "xlsx"
          : cn.kczg.schemas.text.TextDecoder.decode(bytes, display).charset();
    }
    return encoding[0];
  }

  private static final class HeaderOk extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeaderOk() {
      super(null, null, false, false);
    }
  }

  /** Registry and snapshot files are small: parsed here and written in one append each. */
  private void storeSmallSources(List<Pending> accepted, String batchId, Map<String, long[]> counts) {
    Map<Role, List<Row>> rows = new TreeMap<>();
    List<Row> quarantine = new ArrayList<>();
    for (Pending p : accepted) {
      InboxFile f = p.file();
      Role role = f.definition().role();
      if (role == Role.ITEMS) {
        continue;
      }
      long[] c = new long[3];
      new SourceFileParser(f.definition()).parse(p.bytes(), f.display(), o -> {
        c[0]++;
        if (o.accepted()) {
          c[1]++;
          rows.computeIfAbsent(role, r -> new ArrayList<>()).add(smallRow(role, o, f, batchId));
        } else {
          c[2]++;
          quarantine.add(RowFactory.create(f.definition().id(), o.reason(), o.detail(), o.raw(), f.dropDate(), f.display(), o.line(), batchId));
        }
      });
      counts.put(f.display(), c);
    }
    rows.forEach((role, list) -> warehouse.append(
        IngestJob.tableOf(role),
        warehouse.spark().createDataFrame(list, role == Role.REGISTRY ? Tables.registry() : Tables.snapshots())));
    if (!quarantine.isEmpty()) {
      warehouse.append(Tables.QUARANTINE, warehouse.spark().createDataFrame(quarantine, Tables.quarantine()));
    }
  }

  private static Row smallRow(Role role, RowOutcome o, InboxFile f, String batchId) {
    Object[] v = o.values().clone();
    String nameKey = Names.normalize((String) v[role == Role.REGISTRY ? 1 : 0]);
    if (role == Role.REGISTRY && v[0] == null) {
      v[0] = nameKey; // no 机构编码 yet: the normalized name is the key
    }
    Object[] row = new Object[v.length + 5];
    System.arraycopy(v, 0, row, 0, v.length);
    row[v.length] = nameKey;
    row[v.length + 1] = f.dropDate();
    row[v.length + 2] = f.display();
    row[v.length + 3] = o.line();
    row[v.length + 4] = batchId;
    return RowFactory.create(row);
  }

  /** Item files are parsed in Spark tasks, one file per task, read once and split. */
  private void storeItems(List<Pending> accepted, String batchId, Map<String, long[]> counts) {
    List<InboxFile> files = accepted.stream().map(Pending::file).filter(f -> f.definition().role() == Role.ITEMS).toList();
    if (files.isEmpty()) {
      return;
    }
    log.accept("ingest: parsing " + files.size() + " item file(s)");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(warehouse.spark().sparkContext());
    JavaRDD<Row> parsed = jsc.parallelize(files, files.size()).flatMap(new ParsedRows(batchId));
    Dataset<Row> all = warehouse.spark().createDataFrame(parsed, ParsedRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      for (Row r : all.groupBy("source_file")
          .agg(functions.count(functions.lit(1)), functions.count(functions.col("reason")))
          .collectAsList()) {
        long read = r.getLong(1);
        long rejected = r.getLong(2);
        counts.put(r.getString(0), new long[] {read, read - rejected, rejected});
      }
      warehouse.append(Tables.ITEMS, all.where(functions.col("reason").isNull()).select(columns(Tables.items().fieldNames())));
      Dataset<Row> rejected = all.where(functions.col("reason").isNotNull());
      if (counts.values().stream().anyMatch(c -> c[2] > 0)) {
        warehouse.append(
            Tables.QUARANTINE,
            rejected.withColumn("source_id", functions.col("kind")).select(columns(Tables.quarantine().fieldNames())));
      }
    } finally {
      all.unpersist();
    }
  }

  private static org.apache.spark.sql.Column[] columns(String[] names) {
    return Stream.of(names).map(functions::col).toArray(org.apache.spark.sql.Column[]::new);
  }

  private Map<String, Long> quarantineByReason(String batchId) {
    Map<String, Long> out = new TreeMap<>();
    if (!warehouse.exists(Tables.QUARANTINE)) {
      return out;
    }
    for (Row r : warehouse.read(Tables.QUARANTINE, Tables.quarantine())
        .where(functions.col("batch_id").equalTo(batchId))
        .groupBy("reason").count().collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  private static List<FileOutcome> sorted(List<FileOutcome> outcomes) {
    return outcomes.stream().sorted(java.util.Comparator.comparing(FileOutcome::file)).toList();
  }

  private static List<Path> filesOf(Path drop) {
    try (Stream<Path> files = Files.list(drop)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("~$"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String batchId(LocalDate date, List<Pending> accepted) {
    StringBuilder key = new StringBuilder(date.toString());
    accepted.stream().map(p -> p.file().sha256()).sorted().forEach(s -> key.append(':').append(s));
    return sha256(key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
