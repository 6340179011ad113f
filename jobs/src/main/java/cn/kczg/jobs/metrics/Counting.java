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
 * The counting rules applied, in one pass over the item versions per question and no sort: each
 * organization's counts at a few dates (the as-of date and the drops its rank change and forecast
 * look at), the items nobody claims at the as-of date, and city-wide totals at every drop date.
 *
 * <p>A version counts at the dates of one interval: from the later of its drop and its own date
 * until the drop that replaced it ({@link ItemStates}), and only while published. So each version
 * is mapped to the interval of the requested dates it counts at ({@code first}, {@code end}: list
 * positions), attributed by the registry in force at those dates ({@link Attribution}), and the
 * versions are counted per interval: per organization, kind and interval for the few dates, per
 * kind and interval for the totals. What comes back grows with the organizations and the dates
 * asked for, not with the items; the driver spreads each interval's count over its dates.
 */
public final class Counting {
  private static final String UNKNOWN = "\u0000";

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
   * main} (one of them), and the totals of known organizations at every date of {@code totals}.
   */
  public AsOfCounts execute(List<LocalDate> dates, LocalDate main, List<LocalDate> totals) {
    List<LocalDate> detail = dates.stream().distinct().sorted().toList();
    Dataset<Row> versions = new ItemStates(warehouse).versions();
    AsOfCounts counts = perOrganization(versions, detail, main);
    List<LocalDate> all = totals.stream().distinct().sorted().toList();
    return new AsOfCounts(
        counts.byDate(), counts.unattributed(), counts.unknownRows(), totals(versions, all));
  }

  /**
   * The versions that count at some of {@code dates} in each registry epoch, attributed, with the
   * interval {@code first}, {@code end} of positions in {@code dates} they count at.
   */
  private Dataset<Row> intervals(Dataset<Row> versions, List<LocalDate> dates) {
    Dataset<Row> counted =
        versions
            .where(col("published").and(col("valid_from").leq(lit(dates.get(dates.size() - 1)))))
            .withColumn("first", position(greatest(col("valid_from"), col("item_date")), dates))
            .withColumn("end", position(col("valid_to"), dates));
    Dataset<Row> out = null;
    for (int[] epoch : epochs(dates)) {
      LocalDate in = dates.get(epoch[0]);
      Dataset<Row> part =
          new Attribution(registry, aliases)
              .attribute(counted.withColumn("as_of", lit(in)), List.of(in))
              .withColumn("first", greatest(col("first"), lit(epoch[0])))
              .withColumn("end", least(col("end"), lit(epoch[1])))
              .where(col("first").lt(col("end")));
      out = out == null ? part : out.unionByName(part);
    }
    return out;
  }

  /**
   * Ranges {@code [from, to)} of positions in {@code dates} with one registry in force: the
   * attribution of an epoch is that of its first date.
   */
  private List<int[]> epochs(List<LocalDate> dates) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= dates.size(); i++) {
      if (i == dates.size()
          || !java.util.Objects.equals(
              registry.deliveredFor(dates.get(i)), registry.deliveredFor(dates.get(start)))) {
        out.add(new int[] {start, i});
        start = i;
      }
    }
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

  private AsOfCounts perOrganization(Dataset<Row> versions, List<LocalDate> dates, LocalDate main) {
    int at = dates.indexOf(main);
    Dataset<Row> attributed = intervals(versions, dates);
    Column atMain = col("first").leq(lit(at)).and(col("end").gt(lit(at)));
    Column owner = coalesce(col("org_id"), when(atMain, lit(UNKNOWN)));
    Column unknown = col("owner").equalTo(lit(UNKNOWN));
    Iterator<Row> groups =
        attributed
            .withColumn("owner", owner)
            .where(col("owner").isNotNull())
            .groupBy(
                col("owner"),
                col("kind"),
                when(unknown, col("org_key")).as("org_key"),
                when(org.apache.spark.sql.functions.not(unknown), col("first")).as("first"),
                when(org.apache.spark.sql.functions.not(unknown), col("end")).as("end"))
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
    return assemble(dates, groups, main);
  }

  private AsOfCounts assemble(List<LocalDate> dates, Iterator<Row> groups, LocalDate main) {
    List<Map<String, int[]>> byDate = new ArrayList<>();
    dates.forEach(d -> byDate.add(new HashMap<>()));
    List<AsOfCounts.UnknownOrg> unknown = new ArrayList<>();
    List<AsOfCounts.UnknownRow> unknownRows = new ArrayList<>();
    NameSuggestions suggestions = suggestions(main);
    while (groups.hasNext()) {
      Row r = groups.next();
      String owner = r.getAs("owner");
      ItemKind kind = ItemKind.parse(r.getAs("kind")).orElseThrow();
      long n = r.getAs("n");
      if (owner.equals(UNKNOWN)) {
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
        continue;
      }
      int end = r.<Integer>getAs("end");
      for (int i = r.<Integer>getAs("first"); i < end; i++) {
        byDate.get(i).computeIfAbsent(owner, o -> new int[ItemKind.values().length])[
                kind.ordinal()] +=
            Math.toIntExact(n);
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
      byDate.get(i).forEach((org, c) -> m.put(org, IndicatorCounts.of(c[0], c[1], c[2], c[3], c[4])));
      out.put(dates.get(i), m);
    }
    return new AsOfCounts(out, unknown, unknownRows, Map.of());
  }

  /** The known organizations' published items at every date of {@code dates}, per kind. */
  private Map<LocalDate, IndicatorCounts> totals(Dataset<Row> versions, List<LocalDate> dates) {
    long[][] diff = new long[dates.size() + 1][ItemKind.values().length];
    for (Row r :
        intervals(versions, dates)
            .where(col("org_id").isNotNull())
            .groupBy(col("kind"), col("first"), col("end"))
            .agg(count(lit(1)).as("n"))
            .collectAsList()) {
      int k = ItemKind.parse(r.getString(0)).orElseThrow().ordinal();
      diff[r.getInt(1)][k] += r.getLong(3);
      diff[r.getInt(2)][k] -= r.getLong(3);
    }
    Map<LocalDate, IndicatorCounts> out = new TreeMap<>();
    long[] running = new long[ItemKind.values().length];
    for (int i = 0; i < dates.size(); i++) {
      for (int k = 0; k < running.length; k++) {
        running[k] += diff[i][k];
      }
      out.put(
          dates.get(i),
          IndicatorCounts.of(
              (int) running[0], (int) running[1], (int) running[2], (int) running[3], (int) running[4]));
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
