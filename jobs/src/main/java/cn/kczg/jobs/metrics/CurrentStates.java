package cn.kczg.jobs.metrics;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The compacted current-state table {@code item_state}: one row per (kind, id), the item's winning
 * row in the newest drop that carries it (the state that holds from that drop on), so a run as of a
 * date on or after the newest drop reads one row per item instead of sorting every drop's rows.
 *
 * <p>It is derived from {@code items} and never the only copy of anything. A marker beside the
 * tables ({@code _derived/item_state}) names the table version and the committed batches it
 * reflects. {@link #refresh} brings it up to the ledger: a batch of a drop newer than every drop it
 * reflects is merged in (Delta MERGE: an item's row is replaced only by a newer drop's); a late
 * batch (an older or equal drop date), a batch no longer committed, a marker that does not match
 * the table's version or a change of this code's layout rebuild it from all committed rows with one
 * sort. Merging the same batch twice changes nothing, so a crash between the table's commit and the
 * marker's write costs at most a rebuild.
 *
 * <p>Each row carries the integrity checks' grouping keys ({@link CheckKeys}), computed once per
 * state here rather than in every run. For the withdrawal check each row keeps {@code withdrawals}:
 * the drops in which the item's winning row was not published while the ledger's previous drop
 * carried it published (winner) and dated on or before that drop (some row), each with the distinct
 * 状态 values of its rows. A program's withdrawn statuses then pick from them (a withdrawn status is
 * never a published one, so a drop holding one has a non-published winner). One definition with
 * {@link StateScan}'s trace ({@link StateScan#withdrawal}); {@code CurrentStatesTest} compares
 * them.
 */
public final class CurrentStates {
  /** Bump when the table's columns or the way they are derived change: the table is rebuilt. */
  static final String LAYOUT = "item_state-2";

  static final StructType WITHDRAWAL =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("drop_date", DataTypes.DateType, true),
              DataTypes.createStructField(
                  "statuses", DataTypes.createArrayType(DataTypes.StringType), true)));

  static final org.apache.spark.sql.types.ArrayType WITHDRAWALS =
      DataTypes.createArrayType(WITHDRAWAL);

  /** Columns of the table, in order. */
  static final List<String> COLUMNS = columns();

  private static List<String> columns() {
    List<String> c = new ArrayList<>(StateScan.COLUMNS);
    c.addAll(StateScan.CHECK_COLUMNS);
    c.addAll(CheckKeys.COLUMNS);
    c.add("drop_dated");
    c.add("withdrawals");
    return List.copyOf(c);
  }

  private static final Object LOCK = new Object();

  private final Warehouse warehouse;
  private final Consumer<String> log;

  public CurrentStates(Warehouse warehouse, Consumer<String> log) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.log = requireNonNull(log, "log is null");
  }

  /** The table's rows at {@code version}. */
  public record At(Dataset<Row> rows, long version) {}

  /**
   * The states that hold at {@code asOf}, one row per item in the columns of {@link #COLUMNS}, when
   * the table can give them: the warehouse is read at its current versions (not pinned to an
   * earlier run's), and no committed drop is dated after {@code asOf}. Refreshes the table first.
   */
  public java.util.Optional<At> at(LocalDate asOf) {
    if (!warehouse.pinnedVersions().isEmpty()) {
      return java.util.Optional.empty();
    }
    NavigableMap<LocalDate, List<String>> byDrop = new Ledger(warehouse).batchesByDrop();
    if (byDrop.isEmpty() || byDrop.lastKey().isAfter(asOf)) {
      return java.util.Optional.empty();
    }
    long version = refresh();
    return java.util.Optional.of(
        new At(
            warehouse
                .spark()
                .read()
                .format("delta")
                .option("versionAsOf", version)
                .load(warehouse.tablePath(Tables.STATES)),
            version));
  }

  /**
   * Brings the table up to the ledger's committed batches (nothing to do when it is); returns the
   * table version that reflects them, or -1 when nothing is committed.
   */
  public long refresh() {
    if (!warehouse.pinnedVersions().isEmpty()) {
      throw new IllegalStateException("a pinned warehouse is read-only");
    }
    synchronized (LOCK) {
      NavigableMap<LocalDate, List<String>> byDrop = new Ledger(warehouse).batchesByDrop();
      if (byDrop.isEmpty()) {
        return -1;
      }
      Map<String, LocalDate> committed = new LinkedHashMap<>();
      byDrop.forEach((d, ids) -> ids.forEach(id -> committed.put(id, d)));
      Marker marker = readMarker();
      long version = warehouse.version(Tables.STATES);
      String why = null;
      if (marker == null) {
        why = "no current-state table yet";
      } else if (!marker.layout().equals(LAYOUT)) {
        why = "its layout changed";
      } else if (marker.version() != version) {
        why = "it is at version " + version + ", its marker says " + marker.version();
      } else if (!committed.keySet().containsAll(marker.batches())) {
        why = "it reflects a batch no longer committed";
      }
      if (why == null) {
        LocalDate newest =
            marker.batches().stream().map(committed::get).max(LocalDate::compareTo).orElseThrow();
        NavigableMap<LocalDate, List<String>> fresh = new TreeMap<>();
        committed.forEach(
            (id, d) -> {
              if (!marker.batches().contains(id)) {
                fresh.computeIfAbsent(d, x -> new ArrayList<>()).add(id);
              }
            });
        if (fresh.isEmpty()) {
          return version;
        }
        if (!fresh.firstKey().isAfter(newest)) {
          why = "a batch for drop " + fresh.firstKey() + " arrived after drop " + newest;
        } else {
          Set<String> reflected = new TreeSet<>(marker.batches());
          for (Map.Entry<LocalDate, List<String>> e : fresh.entrySet()) {
            long started = System.nanoTime();
            merge(e.getKey(), e.getValue(), byDrop.lowerKey(e.getKey()));
            reflected.addAll(e.getValue());
            version = warehouse.version(Tables.STATES);
            writeMarker(new Marker(LAYOUT, version, reflected));
            log.accept(
                String.format(
                    "current states: merged drop %s in %.1f s",
                    e.getKey(), (System.nanoTime() - started) / 1e9));
          }
          return version;
        }
      }
      long started = System.nanoTime();
      rebuild(byDrop);
      version = warehouse.version(Tables.STATES);
      writeMarker(new Marker(LAYOUT, version, new TreeSet<>(committed.keySet())));
      log.accept(
          String.format(
              "current states: rebuilt from %d drop(s) (%s) in %.1f s",
              byDrop.size(), why, (System.nanoTime() - started) / 1e9));
      return version;
    }
  }

  /** The table from all committed rows: one sort by item and drop, as {@link StateScan}. */
  private void rebuild(NavigableMap<LocalDate, List<String>> byDrop) {
    List<String> read = StateScan.READ_WITH_CHECKS;
    Dataset<Row> items =
        new Ledger(warehouse)
            .committedOnly(warehouse.read(Tables.ITEMS, Tables.items()))
            .select(StateScan.columns(read));
    WindowSpec byItem =
        Window.partitionBy("kind", "item_id").orderBy(StateScan.order(StateScan.CHECK_COLUMNS));
    WindowSpec sameDrop = StateScan.sameDrop();
    Dataset<Row> lagged = StateScan.lagged(items, byItem);
    Dataset<Row> perDrop =
        lagged.select(
            col("*"),
            max(col("item_date").leq(col("drop_date"))).over(sameDrop).as("drop_dated"),
            collect_set(col("status")).over(sameDrop).as("statuses"));
    Dataset<Row> winners = StateScan.firstOfDrop(perDrop);
    Column transition =
        StateScan.withdrawal(
            functions.not(col("published")),
            col("before"),
            expr(PreviousDrop.of(List.copyOf(byDrop.keySet()), "drop_date")),
            col("before_published"),
            col("before_dated"));
    Dataset<Row> traced =
        winners
            .withColumn("before", lag(col("drop_date"), 1).over(byItem))
            .withColumn("before_published", lag(col("published"), 1).over(byItem))
            .withColumn("before_dated", lag(col("drop_dated"), 1).over(byItem))
            .withColumn("next_drop", lead(col("drop_date"), 1).over(byItem))
            .withColumn(
                "withdrawals",
                collect_list(when(transition, struct(col("drop_date"), col("statuses"))))
                    .over(
                        byItem.rowsBetween(
                            Window.unboundedPreceding(), Window.unboundedFollowing())));
    Dataset<Row> states =
        traced
            .where(col("next_drop").isNull())
            .withColumn("title_key", CheckKeys.titleKey())
            .withColumn("person_key", CheckKeys.personKey())
            .select(StateScan.columns(COLUMNS));
    withoutStatistics(states.schema());
    states
        .write()
        .format("delta")
        .mode("overwrite")
        .option("overwriteSchema", "true")
        .save(warehouse.tablePath(Tables.STATES));
  }

  /**
   * Every reader reads the whole table, so Delta's per-file min/max statistics (on the first 32
   * columns by default) would be work at every write for no read: the table collects none. A table
   * written before this setting gets it at its next rebuild.
   */
  private void withoutStatistics(StructType schema) {
    String property = "delta.dataSkippingNumIndexedCols";
    if (!warehouse.exists(Tables.STATES)) {
      warehouse.createIfMissing(Tables.STATES, schema, Map.of(property, "0"));
    } else {
      warehouse
          .spark()
          .sql(
              "ALTER TABLE delta.`"
                  + warehouse.tablePath(Tables.STATES)
                  + "` SET TBLPROPERTIES ('"
                  + property
                  + "' = '0')");
    }
  }

  /**
   * Merges the batches of drop {@code date}, newer than every drop the table reflects: each item's
   * winning row of that drop replaces its row, or is added; {@code before} is the ledger's drop
   * before {@code date}.
   *
   * <p>One full outer join of the table with the drop's winners, written over the table in one
   * commit. A drop of a cumulative export carries (nearly) every item, so every file of the table
   * holds a row to replace: Delta's MERGE joined the two twice (once to find the files it touches,
   * once to rewrite them) and rewrote every file all the same (BENCHMARKS.md, "Current-state merge
   * in one join").
   */
  private void merge(LocalDate date, List<String> batches, LocalDate before) {
    List<String> read = StateScan.READ_WITH_CHECKS;
    Dataset<Row> rows =
        warehouse
            .read(Tables.ITEMS, Tables.items())
            .where(col("batch_id").isin(batches.toArray()))
            .select(StateScan.columns(read));
    WindowSpec inDrop =
        Window.partitionBy("kind", "item_id").orderBy(StateScan.order(StateScan.CHECK_COLUMNS));
    WindowSpec whole = Window.partitionBy("kind", "item_id");
    Dataset<Row> source =
        rows.select(
                col("*"),
                row_number().over(inDrop).as("rank"),
                max(col("item_date").leq(col("drop_date"))).over(whole).as("drop_dated"),
                collect_set(col("status")).over(whole).as("statuses"))
            .where(col("rank").equalTo(1))
            .withColumn("title_key", CheckKeys.titleKey())
            .withColumn("person_key", CheckKeys.personKey());
    String path = warehouse.tablePath(Tables.STATES);
    Dataset<Row> t = warehouse.spark().read().format("delta").load(path).as("t");
    Dataset<Row> s = source.as("s");
    Dataset<Row> joined =
        t.join(
            s,
            col("t.kind").equalTo(col("s.kind")).and(col("t.item_id").equalTo(col("s.item_id"))),
            "full_outer");
    Column fromTable = col("s.kind").isNull(); // no row of this drop: the table's row stays
    Column withdrawn =
        before == null
            ? lit(false)
            : StateScan.withdrawal(
                functions.not(col("s.published")),
                col("t.drop_date"),
                lit(before),
                col("t.published"),
                col("t.drop_dated"));
    List<Column> out = new ArrayList<>();
    for (String c : COLUMNS) {
      if (c.equals("withdrawals")) {
        Column traced =
            functions.concat(
                col("t.withdrawals"),
                functions.array(
                    struct(col("s.drop_date").as("drop_date"), col("s.statuses").as("statuses"))));
        out.add(
            when(fromTable, col("t.withdrawals"))
                .when(col("t.kind").isNull(), expr("CAST(array() AS " + WITHDRAWALS.sql() + ")"))
                .when(withdrawn, traced)
                .otherwise(col("t.withdrawals"))
                .cast(WITHDRAWALS)
                .as(c));
      } else {
        out.add(when(fromTable, col("t." + c)).otherwise(col("s." + c)).as(c));
      }
    }
    joined.select(out.toArray(Column[]::new)).write().format("delta").mode("overwrite").save(path);
  }

  /** What the table reflects: this code's layout, the table version, the batch ids. */
  record Marker(String layout, long version, Set<String> batches) {}

  private Marker readMarker() {
    List<String> lines = DerivedMarker.read(warehouse, Tables.STATES, log);
    if (lines == null || lines.size() < 2) {
      return null; // torn write: rebuild
    }
    try {
      return new Marker(
          lines.get(0),
          Long.parseLong(lines.get(1)),
          new TreeSet<>(lines.subList(2, lines.size())));
    } catch (NumberFormatException e) {
      log.accept("current states: unreadable marker (" + e.getMessage() + "); rebuilding");
      return null;
    }
  }

  private void writeMarker(Marker marker) {
    List<String> lines = new ArrayList<>();
    lines.add(marker.layout());
    lines.add(Long.toString(marker.version()));
    lines.addAll(marker.batches());
    DerivedMarker.write(warehouse, Tables.STATES, lines);
  }
}
