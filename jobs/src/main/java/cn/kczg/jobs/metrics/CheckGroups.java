package cn.kczg.jobs.metrics;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.model.ItemKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The integrity checks' candidate groups, kept beside the current-state table as {@code
 * item_checks}: derived at ingest from {@code item_state} at one version and attributed with the
 * registry and aliases of then, so that a run reads the few rows that may flag instead of grouping
 * every item again. Rows by {@code tag}, each a superset of what any rulebook's checks can flag (a
 * run keeps those counted at its as-of date and of its rules' kinds and thresholds, which gives the
 * groups that grouping every item gives; {@code CurrentStatesTest} and {@code IntegrityChecksTest}
 * compare them):
 *
 * <ul>
 *   <li>{@link #TITLE}: published items of (organization, kind, title key) groups of two or more;
 *   <li>{@link #PERSON}: published expert listings whose person key is listed twice or more;
 *   <li>{@link #DAY}: per organization, kind and item date, how many items are published ({@code
 *       n}) and the {@link #MAX_IDS} smallest ids ({@code ids}) (a burst's {@code min_count} is at
 *       least 2, so any day may matter);
 *   <li>{@link #WITHDRAWN}: items with a withdrawal traced, whatever its status.
 * </ul>
 *
 * <p>The rows are Parquet files partitioned by tag in a folder of their own per derivation ({@code
 * _derived/item_checks-rows/}), not a Delta table: they are rewritten whole and never the only copy
 * of anything, and a Delta table's first read in a JVM cost a run 1–2 s of snapshot jobs at 1M
 * items. A marker ({@code _derived/item_checks}), written after the files, names the layout, the
 * {@code item_state} version and the attribution digest ({@link Attribution#fingerprint}) they were
 * derived with, and their folder; {@link #rows} gives them only while all of it still holds,
 * otherwise a run groups the items itself, with the same results, and the next ingest derives them
 * again. Earlier folders are removed once the marker names the new one (ingest and run hold the
 * warehouse lock, so no run reads them then).
 */
public final class CheckGroups {
  /** Bump when the rows or the way they are derived change: the table is derived again. */
  static final String LAYOUT = "item_checks-1";

  public static final int TITLE = 1;
  public static final int PERSON = 2;
  public static final int DAY = 3;
  public static final int WITHDRAWN = 4;

  /** The most ids a day's row keeps. */
  public static final int MAX_IDS = 50;

  /** The rows' schema (the partition column {@code tag} first). */
  static final StructType SCHEMA = schema();

  private static StructType schema() {
    List<org.apache.spark.sql.types.StructField> fields = new ArrayList<>();
    for (String c : columnNames()) {
      fields.add(DataTypes.createStructField(c, type(c), true));
    }
    return DataTypes.createStructType(fields);
  }

  /** Columns of the table, in order. */
  static final List<String> COLUMNS = columnNames();

  private static List<String> columnNames() {
    return List.of(
        "tag",
        "org_id",
        "kind",
        "item_id",
        "item_date",
        "published",
        "title",
        "position",
        "field",
        "title_key",
        "person_key",
        "n",
        "ids",
        "withdrawals");
  }

  private final Warehouse warehouse;
  private final Consumer<String> log;

  public CheckGroups(Warehouse warehouse, Consumer<String> log) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.log = requireNonNull(log, "log is null");
  }

  /**
   * The rows, when they were derived from {@code item_state} at {@code statesVersion} with an
   * attribution whose digest is {@code attribution}; empty otherwise.
   */
  public Optional<Dataset<Row>> rows(long statesVersion, String attribution) {
    return valid(statesVersion, attribution)
        .map(m -> warehouse.spark().read().schema(SCHEMA).parquet(folder(m.folder()).toString()));
  }

  /** The marker, when it names rows derived from those states with that attribution. */
  private Optional<Marker> valid(long statesVersion, String attribution) {
    return marker()
        .filter(m -> m.statesVersion() == statesVersion && m.attribution().equals(attribution));
  }

  /**
   * Derives the rows from {@code item_state} at {@code statesVersion}, attributed as at the newest
   * drop, unless the table already holds them.
   */
  public void refresh(long statesVersion, RegistryHistory registry, Map<String, String> aliases) {
    List<LocalDate> drops = new Ledger(warehouse).dropDates();
    if (statesVersion < 0 || drops.isEmpty()) {
      return;
    }
    LocalDate newest = drops.get(drops.size() - 1);
    Attribution attribution = new Attribution(registry, aliases);
    String digest = attribution.fingerprint(newest);
    if (valid(statesVersion, digest).isPresent()) {
      return;
    }
    long started = System.nanoTime();
    String name = "s" + statesVersion + "-" + System.currentTimeMillis();
    derive(statesVersion, attribution, newest, folder(name));
    DerivedMarker.write(
        warehouse, Tables.CHECKS, List.of(LAYOUT, Long.toString(statesVersion), digest, name));
    removeAllBut(name);
    log.accept(
        String.format(
            "integrity check groups: derived from the current states in %.1f s",
            (System.nanoTime() - started) / 1e9));
  }

  private void derive(long statesVersion, Attribution attribution, LocalDate date, Path folder) {
    Dataset<Row> states =
        warehouse
            .spark()
            .read()
            .format("delta")
            .option("versionAsOf", statesVersion)
            .load(warehouse.tablePath(Tables.STATES))
            .withColumn("as_of", lit(date));
    Dataset<Row> attributed =
        attribution.attribute(states, List.of(date)).where(col("org_id").isNotNull());
    Column published = col("published");
    List<Column> entries =
        List.of(
            when(
                published.and(col("title_key").notEqual("")),
                TaggedKeys.entry(TITLE, xxhash64(col("org_id"), col("kind"), col("title_key")))),
            when(
                published
                    .and(col("kind").equalTo(ItemKind.EXPERTS.key()))
                    .and(col("person_key").notEqual("")),
                TaggedKeys.entry(PERSON, xxhash64(col("person_key")))),
            when(size(col("withdrawals")).gt(0), TaggedKeys.entry(WITHDRAWN, lit(0L))));
    Dataset<Row> keyed = TaggedKeys.keyed(attributed, entries);
    // The keys listed twice or more: one hash aggregation over 64-bit numbers, whose result is as
    // small as the groups. A hash two groups share only brings more rows; a run groups by the exact
    // keys and drops groups of one.
    List<Row> repeated =
        new ArrayList<>(
            keyed
                .where(col("tag").notEqual(WITHDRAWN))
                .groupBy(col("tag"), col("key"))
                .agg(count(lit(1)).as("copies"))
                .where(col("copies").geq(2))
                .select(col("tag"), col("key"))
                .collectAsList());
    repeated.add(RowFactory.create(WITHDRAWN, 0L));
    Dataset<Row> items =
        TaggedKeys.having(keyed, repeated)
            .withColumn("withdrawals", when(col("tag").equalTo(WITHDRAWN), col("withdrawals")));
    Dataset<Row> days =
        attributed
            .where(published)
            .groupBy(col("org_id"), col("kind"), col("item_date"))
            .agg(
                count(lit(1)).as("n"),
                slice(array_sort(collect_list(col("item_id"))), 1, MAX_IDS).as("ids"));
    shaped(items, -1)
        .unionByName(shaped(days, DAY))
        .write()
        .mode("overwrite")
        .partitionBy("tag")
        .parquet(folder.toString());
  }

  /**
   * {@code rows} in the table's columns, those they lack null; {@code tag} names their tag, or is
   * negative when they carry it.
   */
  private static Dataset<Row> shaped(Dataset<Row> rows, int tag) {
    List<String> have = List.of(rows.columns());
    List<Column> out = new ArrayList<>();
    for (String c : COLUMNS) {
      if (c.equals("tag") && tag >= 0) {
        out.add(lit(tag).as("tag"));
      } else {
        out.add(have.contains(c) ? col(c) : lit(null).cast(type(c)).as(c));
      }
    }
    return rows.select(out.toArray(Column[]::new));
  }

  private static org.apache.spark.sql.types.DataType type(String column) {
    return switch (column) {
      case "tag" -> DataTypes.IntegerType;
      case "item_date" -> DataTypes.DateType;
      case "published" -> DataTypes.BooleanType;
      case "n" -> DataTypes.LongType;
      case "ids" -> DataTypes.createArrayType(DataTypes.StringType);
      case "withdrawals" -> CurrentStates.WITHDRAWALS;
      default -> DataTypes.StringType;
    };
  }

  /** What the marker says: layout, item_state version, attribution digest, the rows' folder. */
  record Marker(String layout, long statesVersion, String attribution, String folder) {}

  /** The folder of one derivation's rows, under {@code _derived/item_checks-rows/}. */
  private Path folder(String name) {
    return new Path(warehouse.root() + "/_derived/" + Tables.CHECKS + "-rows/" + name);
  }

  /** Removes the folders of earlier derivations (the marker no longer names them). */
  private void removeAllBut(String name) {
    Path parent = folder(name).getParent();
    try {
      FileSystem fs = parent.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
      for (FileStatus f : fs.listStatus(parent)) {
        if (!f.getPath().getName().equals(name)) {
          fs.delete(f.getPath(), true);
        }
      }
    } catch (IOException e) {
      log.accept("integrity check groups: could not remove earlier rows (" + e.getMessage() + ")");
    }
  }

  private Optional<Marker> marker() {
    List<String> lines = DerivedMarker.read(warehouse, Tables.CHECKS, log);
    if (lines == null || lines.size() != 4 || !lines.get(0).equals(LAYOUT)) {
      return Optional.empty();
    }
    try {
      Marker m = new Marker(lines.get(0), Long.parseLong(lines.get(1)), lines.get(2), lines.get(3));
      Path folder = folder(m.folder());
      FileSystem fs = folder.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
      return fs.exists(folder) ? Optional.of(m) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
