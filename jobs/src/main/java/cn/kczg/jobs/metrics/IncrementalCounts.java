package cn.kczg.jobs.metrics;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Counts at several as-of dates, computing only what earlier runs have not: the per-organization
 * counts of each date are stored in table {@code org_counts} with a fingerprint of everything they
 * depend on (the committed batches of drops dated on or before that date, the aliases, the counting
 * code's version). A weekly run then counts only its new as-of date and reads the earlier dates'
 * figures (rank change, trends, forecasts) from the table; a batch committed later for an earlier
 * drop date changes the fingerprints of the dates from there on, so those are counted again.
 *
 * <p>The main date is always counted (its unknown organizations come with it). Same figures as
 * {@link CountsQuery} over all dates: {@code IncrementalCountsTest} checks it.
 */
public final class IncrementalCounts {
  /** Bump when the counting rules' code changes, so stored figures are not reused. */
  static final String RULES_VERSION = "counts-3";

  private final Warehouse warehouse;
  private final RegistryHistory registry;
  private final Map<String, String> aliases;
  private final Consumer<String> log;
  private final Executor storeOn;
  private CompletableFuture<Void> stored = CompletableFuture.completedFuture(null);

  public IncrementalCounts(
      Warehouse warehouse,
      RegistryHistory registry,
      Map<String, String> aliases,
      Consumer<String> log) {
    this(warehouse, registry, aliases, log, null);
  }

  /**
   * @param storeOn where the fresh figures are written to {@code org_counts} while the caller goes
   *     on ({@link #stored}); null: before {@code execute} returns
   */
  public IncrementalCounts(
      Warehouse warehouse,
      RegistryHistory registry,
      Map<String, String> aliases,
      Consumer<String> log,
      Executor storeOn) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.registry = requireNonNull(registry, "registry is null");
    this.aliases = new TreeMap<>(aliases);
    this.log = requireNonNull(log, "log is null");
    this.storeOn = storeOn;
  }

  /** Completes when the figures counted by the last {@code execute} are stored. */
  public CompletableFuture<Void> stored() {
    return stored;
  }

  /** Counts at every date of {@code dates}; unknown organizations are reported for {@code main}. */
  public AsOfCounts execute(List<LocalDate> dates, LocalDate main) {
    Plan plan = plan(dates, main);
    AsOfCounts fresh =
        new CountsQuery(warehouse, registry, aliases, new CurrentStates(warehouse, log))
            .execute(plan.missing(), main);
    return complete(plan, fresh);
  }

  /**
   * Counts as {@link #execute(List, LocalDate)} and keeps, from the same scan, each item's state at
   * {@code main} for the integrity checks; close the result to release them.
   */
  public CountsAndStates execute(
      List<LocalDate> dates, LocalDate main, MainStates.Request request) {
    Plan plan = plan(dates, main);
    CountsAndStates fresh =
        new CountsQuery(warehouse, registry, aliases, new CurrentStates(warehouse, log))
            .execute(plan.missing(), main, request);
    try {
      return new CountsAndStates(complete(plan, fresh.counts()), fresh.states());
    } catch (RuntimeException e) {
      fresh.close();
      throw e;
    }
  }

  /** The dates to count now (main always) and the stored figures of the others. */
  private Plan plan(List<LocalDate> dates, LocalDate main) {
    Map<LocalDate, String> prints = fingerprints(dates);
    Map<LocalDate, Map<String, IndicatorCounts>> stored = read(prints, main);
    stored.remove(main);
    List<LocalDate> missing = new ArrayList<>(new TreeSet<>(dates));
    missing.removeAll(stored.keySet());
    log.accept(
        "counting items at "
            + missing.size()
            + " date(s); "
            + stored.size()
            + " date(s) from earlier runs");
    return new Plan(prints, stored, missing);
  }

  /** The fingerprints of the dates, the still-valid stored figures, the dates to count now. */
  private record Plan(
      Map<LocalDate, String> prints,
      Map<LocalDate, Map<String, IndicatorCounts>> stored,
      List<LocalDate> missing) {}

  /** Stores the fresh figures and adds the stored ones. */
  private AsOfCounts complete(Plan plan, AsOfCounts fresh) {
    if (storeOn == null) {
      store(fresh, plan.prints());
    } else {
      SparkSession spark = warehouse.spark();
      stored =
          CompletableFuture.runAsync(
              () -> {
                SparkSession.setActiveSession(spark); // dates as LocalDate on this thread too
                store(fresh, plan.prints());
              },
              storeOn);
    }
    Map<LocalDate, Map<String, IndicatorCounts>> all = new TreeMap<>(plan.stored());
    all.putAll(fresh.byDate());
    return new AsOfCounts(all, fresh.unattributed(), fresh.unknownRows());
  }

  /** Forgets every stored figure (the next run counts all dates again). */
  public void clear() {
    REMEMBERED.remove(warehouse.tablePath(Tables.COUNTS));
    if (warehouse.exists(Tables.COUNTS)) {
      io.delta.tables.DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(Tables.COUNTS))
          .delete();
    }
  }

  private Map<LocalDate, String> fingerprints(List<LocalDate> dates) {
    Map<LocalDate, List<String>> batches = new Ledger(warehouse).batchesByDrop();
    Map<LocalDate, String> out = new TreeMap<>();
    for (LocalDate d : dates) {
      StringBuilder key = new StringBuilder(RULES_VERSION).append('|').append(aliases).append('|');
      batches.forEach(
          (drop, ids) -> {
            if (!drop.isAfter(d)) {
              ids.forEach(id -> key.append(drop).append(':').append(id).append(';'));
            }
          });
      out.put(d, sha256(key.toString()));
    }
    return out;
  }

  /**
   * Stored figures whose fingerprint is still right; a row with a null org marks a stored date.
   * Figures this process stored or read before are taken from memory: a fingerprint names
   * everything they depend on, so they are the same whoever wrote the table since; in {@code
   * serve}, a weekly run then reads no stored figures at all.
   */
  private Map<LocalDate, Map<String, IndicatorCounts>> read(
      Map<LocalDate, String> prints, LocalDate main) {
    Map<LocalDate, Map<String, IndicatorCounts>> out = new TreeMap<>();
    Map<String, Map<String, IndicatorCounts>> remembered = remembered();
    prints.forEach(
        (d, print) -> {
          Map<String, IndicatorCounts> byOrg = remembered.get(d + "|" + print);
          if (byOrg != null) {
            out.put(d, byOrg);
          }
        });
    if (out.keySet().containsAll(others(prints.keySet(), main))
        || !warehouse.exists(Tables.COUNTS)) {
      return out; // the main date is counted anyway
    }
    out.clear();
    List<Row> rows =
        warehouse
            .read(Tables.COUNTS, SCHEMA)
            .where(col("as_of").isin(prints.keySet().toArray()))
            .collectAsList();
    for (Row r : rows) {
      LocalDate d = r.getAs("as_of");
      if (prints.get(d).equals(r.getAs("fingerprint"))) {
        Map<String, IndicatorCounts> byOrg = out.computeIfAbsent(d, x -> new HashMap<>());
        if (r.getAs("org_id") != null) {
          byOrg.put(r.getAs("org_id"), counts(r));
        }
      }
    }
    out.forEach((d, byOrg) -> remember(d, prints.get(d), byOrg));
    return out;
  }

  private static java.util.Set<LocalDate> others(java.util.Set<LocalDate> dates, LocalDate main) {
    java.util.Set<LocalDate> out = new java.util.TreeSet<>(dates);
    out.remove(main);
    return out;
  }

  /**
   * Figures remembered per warehouse and (date, fingerprint), at most {@link #REMEMBERED_ORGS}
   * organization rows in all: a city's or a province's weeks, not a national history.
   */
  private static final Map<String, Map<String, Map<String, IndicatorCounts>>> REMEMBERED =
      new java.util.concurrent.ConcurrentHashMap<>();

  static final int REMEMBERED_ORGS = 200_000;

  private Map<String, Map<String, IndicatorCounts>> remembered() {
    return REMEMBERED.computeIfAbsent(
        warehouse.tablePath(Tables.COUNTS),
        k -> java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>()));
  }

  private void remember(LocalDate date, String print, Map<String, IndicatorCounts> byOrg) {
    Map<String, Map<String, IndicatorCounts>> m = remembered();
    synchronized (m) {
      m.put(date + "|" + print, Map.copyOf(byOrg));
      int rows = m.values().stream().mapToInt(Map::size).sum();
      var oldest = m.keySet().iterator();
      while (rows > REMEMBERED_ORGS && oldest.hasNext()) {
        rows -= m.get(oldest.next()).size();
        oldest.remove();
      }
    }
  }

  private void store(AsOfCounts fresh, Map<LocalDate, String> prints) {
    List<Row> rows = new ArrayList<>();
    fresh
        .byDate()
        .forEach(
            (d, byOrg) -> {
              rows.add(RowFactory.create(d, prints.get(d), null, 0, 0, 0, 0, 0));
              byOrg.forEach(
                  (org, c) ->
                      rows.add(
                          RowFactory.create(
                              d,
                              prints.get(d),
                              org,
                              c.get(ItemKind.EXPERTS),
                              c.get(ItemKind.ACHIEVEMENTS),
                              c.get(ItemKind.DEMANDS),
                              c.get(ItemKind.NEWS),
                              c.get(ItemKind.ACTIVITIES))));
            });
    if (rows.isEmpty()) {
      return;
    }
    warehouse.replacePartitions(
        Tables.COUNTS,
        warehouse.spark().createDataFrame(rows, SCHEMA).coalesce(1),
        List.of("as_of"),
        fresh.byDate().keySet().stream().map(d -> List.of(d.toString())).toList());
    fresh.byDate().forEach((d, byOrg) -> remember(d, prints.get(d), byOrg));
  }

  private static IndicatorCounts counts(Row r) {
    IndicatorCounts c = IndicatorCounts.zero();
    for (ItemKind k : ItemKind.values()) {
      c = c.with(k, r.<Integer>getAs(k.key()));
    }
    return c;
  }

  static final StructType SCHEMA = schema();

  private static StructType schema() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("as_of", DataTypes.DateType, false));
    f.add(DataTypes.createStructField("fingerprint", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("org_id", DataTypes.StringType, true));
    for (ItemKind k : ItemKind.values()) {
      f.add(DataTypes.createStructField(k.key(), DataTypes.IntegerType, false));
    }
    return DataTypes.createStructType(f);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
