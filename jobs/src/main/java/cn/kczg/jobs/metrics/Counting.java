package cn.kczg.jobs.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.text.NameSuggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The counting rules applied in one pass over the item versions, no sort: each organization's
 * counts at a few dates (the as-of date and the drops its rank change and forecast look at), the
 * items nobody claims at the as-of date, and city-wide totals at every drop date, in one Spark job.
 *
 * <p>A version counts at the dates of one interval ({@link ItemStates#countsFrom} until {@link
 * ItemStates#countsUntil}), and only when published. So each version is mapped to the interval of
 * the dates asked for that it counts at ({@code first}, {@code end}: list positions), attributed by
 * the registry in force at those dates ({@link Attribution}, one registry epoch at a time), and
 * counted per interval: per organization, kind and interval for the few dates, per kind and
 * interval for the totals. What comes back grows with the organizations and the dates asked for,
 * not with the items; the driver spreads each interval's count over its dates.
 */
public final class Counting {
  private static final String UNKNOWN = "\u0000";
  private static final int DETAIL = 1;
  private static final int TOTAL = 2;

  private final Warehouse warehouse;
  private final RegistryHistory registry;
  private final Map<String, String> aliases;

  /**
   * @param aliases confirmed mappings from a normalized raw name to an org id
   */
  public Counting(Warehouse warehouse, RegistryHistory registry, Map<String, String> aliases) {
    this.warehouse = warehouse;
    this.registry = registry;
    this.aliases = Map.copyOf(aliases);
  }

  /**
   * Counts per organization at every date of {@code dates}, the unknown organizations at {@code
   * main} (one of them), and the totals of known organizations at every date of {@code totals}: one
   * Spark job.
   */
  public AsOfCounts execute(List<LocalDate> dates, LocalDate main, List<LocalDate> totals) {
    List<LocalDate> detail = dates.stream().distinct().sorted().toList();
    List<LocalDate> all = totals.stream().distinct().sorted().toList();
    java.util.TreeSet<LocalDate> union = new java.util.TreeSet<>(detail);
    union.addAll(all);
    Dataset<Row> versions =
        new ItemStates(warehouse)
            .versions()
            .where(col("published").and(col("valid_from").leq(lit(union.last()))));
    Dataset<Row> counted =
        versions
            .withColumn("d_first", position(ItemStates.countsFrom(), detail))
            .withColumn("d_end", position(ItemStates.countsUntil(), detail))
            .withColumn("t_first", position(ItemStates.countsFrom(), all))
            .withColumn("t_end", position(ItemStates.countsUntil(), all));
    Dataset<Row> attributed = null;
    for (List<LocalDate> epoch : epochs(new ArrayList<>(union))) {
      LocalDate in = epoch.get(0);
      Dataset<Row> part =
          clip(clip(counted, "d_", positions(detail, epoch)), "t_", positions(all, epoch));
      part =
          new Attribution(registry, aliases)
              .attribute(part.withColumn("as_of", lit(in)), List.of(in));
      attributed = attributed == null ? part : attributed.unionByName(part);
    }
    return tally(attributed, detail, detail.indexOf(main), all, main);
  }

  /** The positions {@code [from, to)} in {@code dates} of the dates of {@code epoch}. */
  private static int[] positions(List<LocalDate> dates, List<LocalDate> epoch) {
    int from = 0;
    while (from < dates.size() && dates.get(from).isBefore(epoch.get(0))) {
      from++;
    }
    int to = from;
    while (to < dates.size() && !dates.get(to).isAfter(epoch.get(epoch.size() - 1))) {
      to++;
    }
    return new int[] {from, to};
  }

  private static Dataset<Row> clip(Dataset<Row> rows, String prefix, int[] range) {
    return rows.withColumn(prefix + "first", greatest(col(prefix + "first"), lit(range[0])))
        .withColumn(prefix + "end", least(col(prefix + "end"), lit(range[1])));
  }

  /** Runs of consecutive dates with one registry in force (attributed as its first date). */
  private List<List<LocalDate>> epochs(List<LocalDate> dates) {
    List<List<LocalDate>> out = new ArrayList<>();
    List<LocalDate> current = new ArrayList<>();
    for (LocalDate d : dates) {
      if (!current.isEmpty()
          && !java.util.Objects.equals(
              registry.deliveredFor(d), registry.deliveredFor(current.get(0)))) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.add(d);
    }
    out.add(current);
    return out;
  }

  /**
   * The position in {@code dates} of the first date on or after {@code day}; {@code dates.size()}
   * when none is, or when {@code day} is null (a version never replaced).
   */
  private static Column position(Column day, List<LocalDate> dates) {
    Column out = lit(dates.size());
    for (int i = dates.size() - 1; i >= 0; i--) {
      out = when(day.leq(lit(dates.get(i))), lit(i)).otherwise(out);
    }
    return when(day.isNull(), lit(dates.size())).otherwise(out);
  }

  /**
   * One aggregation for both questions: each attributed version once as a detail row (its owner, or
   * the unknown organization it names when it counts at {@code main}, its kind and its interval of
   * detail dates) and once as a totals row (its kind and interval of total dates) when an
   * organization owns it.
   */
  private AsOfCounts tally(
      Dataset<Row> attributed,
      List<LocalDate> detail,
      int at,
      List<LocalDate> all,
      LocalDate main) {
    Column atMain = col("d_first").leq(lit(at)).and(col("d_end").gt(lit(at)));
    Column detailRow =
        when(
            col("d_first").lt(col("d_end")),
            struct(
                lit(DETAIL).as("tag"),
                coalesce(col("org_id"), when(atMain, lit(UNKNOWN))).as("owner"),
                col("d_first").as("a"),
                col("d_end").as("b")));
    Column totalRow =
        when(
            col("t_first").lt(col("t_end")).and(col("org_id").isNotNull()),
            struct(
                lit(TOTAL).as("tag"),
                lit("").as("owner"),
                col("t_first").as("a"),
                col("t_end").as("b")));
    Dataset<Row> emitted =
        attributed
            .withColumn(
                "e",
                org.apache.spark.sql.functions.explode(
                    org.apache.spark.sql.functions.array(detailRow, totalRow)))
            .where(col("e").isNotNull().and(col("e.owner").isNotNull()));
    Column unknown = col("e.tag").equalTo(lit(DETAIL)).and(col("e.owner").equalTo(lit(UNKNOWN)));
    Iterator<Row> groups =
        emitted
            .groupBy(
                col("e.tag").as("tag"),
                col("e.owner").as("owner"),
                col("kind"),
                when(unknown, col("org_key")).as("org_key"),
                when(org.apache.spark.sql.functions.not(unknown), col("e.a")).as("first"),
                when(org.apache.spark.sql.functions.not(unknown), col("e.b")).as("end"))
            .agg(
                count(lit(1)).as("n"),
                min(when(unknown, col("org_name"))).as("name"),
                min(when(unknown, struct(col("source_file"), col("line")))).as("at"),
                collect_list(
                        when(
                            unknown,
                            struct(
                                col("item_id"),
                                col("org_name"),
                                col("account"),
                                col("item_date"),
                                col("valid_from"),
                                col("source_file"),
                                col("line"))))
                    .as("rows"))
            .toLocalIterator(); // a partition at a time, each row made a record at once
    return assemble(detail, all, groups, main);
  }

  private AsOfCounts assemble(
      List<LocalDate> dates, List<LocalDate> all, Iterator<Row> groups, LocalDate main) {
    List<Map<String, int[]>> byDate = new ArrayList<>();
    dates.forEach(d -> byDate.add(new HashMap<>()));
    long[][] diff = new long[all.size() + 1][ItemKind.values().length];
    List<AsOfCounts.UnknownOrg> unknown = new ArrayList<>();
    List<AsOfCounts.UnknownRow> unknownRows = new ArrayList<>();
    NameSuggestions suggestions = suggestions(main);
    while (groups.hasNext()) {
      Row r = groups.next();
      String owner = r.getAs("owner");
      ItemKind kind = ItemKind.parse(r.getAs("kind")).orElseThrow();
      long n = r.getAs("n");
      if (r.<Integer>getAs("tag") == TOTAL) {
        diff[r.<Integer>getAs("first")][kind.ordinal()] += n;
        diff[r.<Integer>getAs("end")][kind.ordinal()] -= n;
      } else if (owner.equals(UNKNOWN)) {
        unknown(r, kind, n, suggestions, unknown, unknownRows);
      } else {
        int end = r.<Integer>getAs("end");
        for (int i = r.<Integer>getAs("first"); i < end; i++) {
          byDate.get(i)
                  .computeIfAbsent(owner, o -> new int[ItemKind.values().length])[kind.ordinal()] +=
              Math.toIntExact(n);
        }
      }
    }
    unknown.sort(
        Comparator.comparing(AsOfCounts.UnknownOrg::nameKey)
            .thenComparing(AsOfCounts.UnknownOrg::kind));
    unknownRows.sort(
        Comparator.comparing(AsOfCounts.UnknownRow::file)
            .thenComparingLong(AsOfCounts.UnknownRow::line));
    Map<LocalDate, Map<String, IndicatorCounts>> out = new TreeMap<>();
    for (int i = 0; i < dates.size(); i++) {
      Map<String, IndicatorCounts> m = new HashMap<>();
      byDate
          .get(i)
          .forEach((org, c) -> m.put(org, IndicatorCounts.of(c[0], c[1], c[2], c[3], c[4])));
      out.put(dates.get(i), m);
    }
    return new AsOfCounts(out, unknown, unknownRows, totals(all, diff));
  }

  private static void unknown(
      Row r,
      ItemKind kind,
      long n,
      NameSuggestions suggestions,
      List<AsOfCounts.UnknownOrg> unknown,
      List<AsOfCounts.UnknownRow> unknownRows) {
    Row first = r.getAs("at");
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
  }

  /** Running sums of the totals' interval starts and ends. */
  private static Map<LocalDate, IndicatorCounts> totals(List<LocalDate> dates, long[][] diff) {
    Map<LocalDate, IndicatorCounts> out = new TreeMap<>();
    long[] running = new long[ItemKind.values().length];
    for (int i = 0; i < dates.size(); i++) {
      for (int k = 0; k < running.length; k++) {
        running[k] += diff[i][k];
      }
      out.put(
          dates.get(i),
          IndicatorCounts.of(
              (int) running[0],
              (int) running[1],
              (int) running[2],
              (int) running[3],
              (int) running[4]));
    }
    return out;
  }

  private NameSuggestions suggestions(LocalDate date) {
    return new NameSuggestions(
        registry.asOf(date).stream()
            .map(o -> new NameSuggestions.Candidate(o.orgId(), o.name()))
            .toList());
  }
}
