package cn.kczg.jobs.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.text.NameSuggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Counts each organization's items under the counting rules, at one or more as-of dates, in one
 * Spark job:
 *
 * <ol>
 *   <li>only committed batches, only drops dated on or before the as-of date;
 *   <li>per (kind, id) the newest drop wins; within that drop a non-published row wins;
 *   <li>the item counts when that state is published and its date is on or before the as-of;
 *   <li>attribution by 平台账号 known to the registry in force, else by normalized name (or a confirmed
 *       alias); items nobody claims are returned as unknown organizations;
 *   <li>each (kind, id) once.
 * </ol>
 */
public final class CountsQuery {
  private static final StructType DATES =
      DataTypes.createStructType(
          List.of(DataTypes.createStructField("as_of", DataTypes.DateType, false)));
  private static final String UNKNOWN = "\u0000";

  private final Warehouse warehouse;
  private final RegistryHistory registry;
  private final Map<String, String> aliases;
  private final CurrentStates current;

  /**
   * @param aliases confirmed mappings from a normalized raw name to an org id
   */
  public CountsQuery(Warehouse warehouse, RegistryHistory registry, Map<String, String> aliases) {
    this(warehouse, registry, aliases, new CurrentStates(warehouse, s -> {}));
  }

  /**
   * @param current where the states at the main date come from when it can give them; null: from
   *     the scan of all drops, always
   */
  CountsQuery(
      Warehouse warehouse,
      RegistryHistory registry,
      Map<String, String> aliases,
      CurrentStates current) {
    this.warehouse = warehouse;
    this.registry = registry;
    this.aliases = Map.copyOf(aliases);
    this.current = current;
  }

  /** Counts at every date of {@code dates}; unknown organizations are reported for {@code main}. */
  public AsOfCounts execute(List<LocalDate> dates, LocalDate main) {
    return execute(dates, main, currentAt(dates, main).map(CurrentStates.At::rows));
  }

  /**
   * Counts the states at {@code main} from the current-state table's rows {@code atMain} when
   * given, the other dates' from the scan of all drops; else every date's from that scan.
   */
  private AsOfCounts execute(List<LocalDate> dates, LocalDate main, Optional<Dataset<Row>> atMain) {
    StateScan scan = new StateScan(warehouse);
    Dataset<Row> state;
    if (atMain.isEmpty()) {
      state = scan.counted(asOf(dates), Collections.max(dates));
    } else {
      state = StateScan.countedFromCurrent(atMain.get(), main);
      List<LocalDate> others = others(dates, main);
      if (!others.isEmpty()) {
        state = state.union(scan.counted(asOf(others), Collections.max(others)));
      }
    }
    return tally(new Attribution(registry, aliases).attribute(state, dates), dates, main);
  }

  /**
   * The current-state table's rows when {@code main} is one of the dates and they hold at it (see
   * {@link CurrentStates#at}): then only the other dates need the scan of all drops.
   */
  private Optional<CurrentStates.At> currentAt(List<LocalDate> dates, LocalDate main) {
    return current != null && dates.contains(main) ? current.at(main) : Optional.empty();
  }

  private static List<LocalDate> others(List<LocalDate> dates, LocalDate main) {
    return dates.stream().filter(d -> !d.equals(main)).distinct().toList();
  }

  /**
   * Counts as {@link #execute(List, LocalDate)} and gives each item's state at {@code main} for the
   * integrity checks; {@code dates} must hold {@code main}. When the current-state table holds the
   * main date, the checks read it again (a narrow read of one row per item, cheaper than keeping
   * them), and its check groups ({@link CheckGroups}) when they were derived from the same states
   * with the same attribution; else the scan of all drops, which sorts history, keeps its states
   * (persisted: close the result to release them).
   */
  public CountsAndStates execute(
      List<LocalDate> dates, LocalDate main, MainStates.Request request) {
    Optional<CurrentStates.At> at = currentAt(dates, main);
    if (at.isPresent()) {
      Dataset<Row> atMain = at.get().rows();
      AsOfCounts counts = execute(dates, main, Optional.of(atMain));
      Attribution attribution = new Attribution(registry, aliases);
      Dataset<Row> states =
          attribution.attribute(
              StateScan.withChecksFromCurrent(atMain, main, request), List.of(main));
      long bytes = atMain.queryExecution().optimizedPlan().stats().sizeInBytes().longValue();
      MainStates kept = new MainStates(states, main, false, bytes);
      Optional<Dataset<Row>> groups =
          new CheckGroups(warehouse, s -> {})
              .rows(at.get().version(), attribution.fingerprint(main))
              .map(
                  g ->
                      g.withColumn("counted", col("published").and(col("item_date").leq(lit(main))))
                          .withColumn("withdrawn_on", StateScan.withdrawnOn(request))
                          // the checks read these two in place of the columns they come from
                          .drop("published", "withdrawals"));
      return new CountsAndStates(
          counts,
          groups
              .map(
                  g ->
                      kept.withGroups(
                          g, g.queryExecution().optimizedPlan().stats().sizeInBytes().longValue()))
              .orElse(kept));
    }
    StateScan scan = new StateScan(warehouse);
    Dataset<Row> attributed =
        new Attribution(registry, aliases)
            .attribute(scan.withChecks(asOf(dates), Collections.max(dates), main, request), dates)
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      AsOfCounts counts = tally(attributed.where(col("counted")), dates, main);
      return new CountsAndStates(counts, new MainStates(attributed, main, true, -1));
    } catch (RuntimeException e) {
      attributed.unpersist();
      throw e;
    }
  }

  private Dataset<Row> asOf(List<LocalDate> dates) {
    return broadcast(
        warehouse
            .spark()
            .createDataFrame(dates.stream().map(d -> RowFactory.create(d)).toList(), DATES));
  }

  /**
   * One row per organization and date, the five counts side by side, plus one row per unknown
   * organization's name and kind with its rows: what comes back to the driver grows with the
   * organizations, not with the items or with the spellings of their names (a row per name spelling
   * and kind was 9M rows at 100,000 organizations and six dates, and filled a 4 GB heap).
   */
  private AsOfCounts tally(Dataset<Row> attributed, List<LocalDate> dates, LocalDate main) {
    Column unknown = col("owner").equalTo(lit(UNKNOWN));
    List<Column> aggregates = new ArrayList<>();
    for (ItemKind k : ItemKind.values()) {
      aggregates.add(sum(when(col("kind").equalTo(k.key()), 1L).otherwise(0L)).as("n_" + k.key()));
    }
    aggregates.add(count(lit(1)).as("n"));
    aggregates.add(min(when(unknown, col("org_name"))).as("name"));
    aggregates.add(min(when(unknown, struct(col("source_file"), col("line")))).as("first"));
    aggregates.add(
        collect_list(
                when(
                    unknown,
                    struct(
                        col("item_id"),
                        col("org_name"),
                        col("account"),
                        col("item_date"),
                        col("drop_date"),
                        col("source_file"),
                        col("line"))))
            .as("rows"));
    java.util.Iterator<Row> groups =
        attributed
            .withColumn(
                "owner",
                coalesce(col("org_id"), when(col("as_of").equalTo(lit(main)), lit(UNKNOWN))))
            .where(col("owner").isNotNull())
            .groupBy(
                col("as_of"),
                col("owner"),
                when(unknown, col("org_key")).as("org_key"),
                when(unknown, col("kind")).as("unknown_kind"))
            .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
            .toLocalIterator(); // a partition at a time, each row made a record at once
    return assemble(dates, groups, main);
  }

  private AsOfCounts assemble(
      List<LocalDate> dates, java.util.Iterator<Row> groups, LocalDate main) {
    Map<LocalDate, Map<String, IndicatorCounts>> byDate = new TreeMap<>();
    dates.forEach(d -> byDate.put(d, new HashMap<>()));
    List<AsOfCounts.UnknownOrg> unknown = new ArrayList<>();
    List<AsOfCounts.UnknownRow> unknownRows = new ArrayList<>();
    NameSuggestions suggestions = suggestions(main);
    while (groups.hasNext()) {
      Row r = groups.next();
      LocalDate d = r.getAs("as_of");
      String owner = r.getAs("owner");
      if (owner.equals(UNKNOWN)) {
        ItemKind kind = ItemKind.parse(r.getAs("unknown_kind")).orElseThrow();
        long n = r.getAs("n");
        Row first = r.getAs("first");
        List<String> offered =
            suggestions.closest(r.getAs("name"), 3).stream()
                .map(NameSuggestions.Suggestion::label)
                .toList();
        unknown.add(
            new AsOfCounts.UnknownOrg(
                r.getAs("name"),
                r.getAs("org_key"),
                kind.key(),
                n,
                first.getString(0) + ":" + first.getLong(1),
                offered));
        for (Row u : r.<Row>getList(r.fieldIndex("rows"))) {
          unknownRows.add(
              new AsOfCounts.UnknownRow(
                  kind.key(),
                  u.getString(0),
                  u.getString(1),
                  u.getString(2),
                  u.getAs(3),
                  u.getAs(4),
                  u.getString(5),
                  u.getLong(6)));
        }
      } else {
        IndicatorCounts c = IndicatorCounts.zero();
        for (ItemKind k : ItemKind.values()) {
          c = c.with(k, Math.toIntExact(r.<Long>getAs("n_" + k.key())));
        }
        byDate.get(d).put(owner, c);
      }
    }
    unknown.sort(
        java.util.Comparator.comparing(AsOfCounts.UnknownOrg::nameKey)
            .thenComparing(AsOfCounts.UnknownOrg::kind));
    unknownRows.sort(
        java.util.Comparator.comparing(AsOfCounts.UnknownRow::file)
            .thenComparingLong(AsOfCounts.UnknownRow::line));
    return new AsOfCounts(byDate, unknown, unknownRows);
  }

  private NameSuggestions suggestions(LocalDate date) {
    return new NameSuggestions(
        registry.asOf(date).stream()
            .map(o -> new NameSuggestions.Candidate(o.orgId(), o.name()))
            .toList());
  }
}
