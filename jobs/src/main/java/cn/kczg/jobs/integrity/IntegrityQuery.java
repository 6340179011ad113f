package cn.kczg.jobs.integrity;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import cn.kczg.jobs.integrity.IntegrityEvidence.DayCount;
import cn.kczg.jobs.integrity.IntegrityEvidence.ExpertListing;
import cn.kczg.jobs.integrity.IntegrityEvidence.TitleCopies;
import cn.kczg.jobs.integrity.IntegrityEvidence.Withdrawal;
import cn.kczg.jobs.metrics.MainStates;
import cn.kczg.schemas.integrity.BurstRule;
import cn.kczg.schemas.integrity.DuplicateExpertRule;
import cn.kczg.schemas.integrity.PaddedTitleRule;
import cn.kczg.schemas.integrity.WithdrawnRule;
import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The item-level work of the integrity checks, in Spark, over the item states the counting scan
 * kept ({@link MainStates}): each check groups them by its own key, and only groups that may
 * trigger a flag come back to the driver.
 */
public final class IntegrityQuery {
  /** The most item ids a piece of evidence lists. */
  public static final int MAX_IDS = 50;

  private static final UserDefinedFunction TITLE_KEY =
      functions.udf((UDF1<String, String>) TitleKeys::title, DataTypes.StringType);
  private static final UserDefinedFunction PERSON_KEY =
      functions.udf((UDF3<String, String, String, String>) TitleKeys::person, DataTypes.StringType);

  private static final Comparator<DayCount> DAY_ORDER =
      Comparator.comparing(DayCount::orgId)
          .thenComparing(DayCount::kind)
          .thenComparing(DayCount::day);

  private final Dataset<Row> owned;

  /** Reads the states the counting scan kept. */
  public IntegrityQuery(MainStates states) {
    this.owned = states.rows();
  }

  private Dataset<Row> counted() {
    return owned.where(col("counted"));
  }

  /** Listings of people found under at least {@code minOrganizations} organizations. */
  public List<ExpertListing> duplicateExperts(DuplicateExpertRule rule) {
    Dataset<Row> experts =
        counted()
            .where(col("kind").equalTo(ItemKind.EXPERTS.key()))
            .withColumn("person", PERSON_KEY.apply(col("title"), col("position"), col("field")))
            .where(col("person").notEqual(""));
    return experts
        .groupBy(col("person"))
        .agg(
            collect_list(
                    struct(
                        col("org_id"),
                        col("item_id"),
                        col("item_date"),
                        col("title").as("name"),
                        col("position"),
                        col("field")))
                .as("l"))
        .where(
            functions.size(functions.array_distinct(col("l.org_id"))).geq(rule.minOrganizations()))
        .select(col("person"), explode(col("l")).as("x"))
        .collectAsList()
        .stream()
        .map(
            r -> {
              Row x = r.getStruct(1);
              return new ExpertListing(
                  r.getString(0),
                  x.getString(3),
                  x.getString(4),
                  x.getString(5),
                  x.getString(0),
                  x.getString(1),
                  x.<LocalDate>getAs(2));
            })
        .sorted(
            Comparator.comparing(ExpertListing::personKey)
                .thenComparing(ExpertListing::orgId)
                .thenComparing(ExpertListing::itemId))
        .toList();
  }

  /** Title groups of two or more items per organization and kind. */
  public List<TitleCopies> titleCopies(PaddedTitleRule rule) {
    return counted()
        .where(col("kind").isin(rule.kinds().stream().map(ItemKind::key).toArray()))
        .withColumn("tkey", TITLE_KEY.apply(col("title")))
        .where(col("tkey").notEqual(""))
        .groupBy(col("org_id"), col("kind"), col("tkey"))
        .agg(count(lit(1)).as("copies"), ids(col("item_id")), min(col("title")).as("title"))
        .where(col("copies").geq(2))
        .collectAsList()
        .stream()
        .map(
            r ->
                new TitleCopies(
                    r.getString(0),
                    kind(r.getString(1)),
                    r.getString(2),
                    (int) r.getLong(3),
                    r.getList(4),
                    r.getString(5)))
        .sorted(
            Comparator.comparing(TitleCopies::orgId)
                .thenComparing(TitleCopies::kind)
                .thenComparing(TitleCopies::titleKey))
        .toList();
  }

  /**
   * Daily counts of the series that hold a day the burst rule examines with at least min_count
   * items.
   */
  public List<DayCount> dayCounts(BurstRule rule, NavigableSet<LocalDate> examined) {
    if (examined.isEmpty()) {
      return List.of();
    }
    Column inWindow = col("day").isin(examined.toArray());
    Dataset<Row> days =
        counted()
            .withColumn("day", col("item_date"))
            .where(col("day").geq(lit(examined.first().minusDays(rule.lookbackDays()))))
            .groupBy(col("org_id"), col("kind"), col("day"))
            .agg(count(lit(1)).as("n"), ids(when(inWindow, col("item_id"))));
    Column candidate =
        max(when(inWindow.and(col("n").geq(rule.minCount())), 1))
            .over(Window.partitionBy(col("org_id"), col("kind")));
    return days
        .withColumn("candidate", candidate)
        .where(col("candidate").isNotNull())
        .collectAsList()
        .stream()
        .map(
            r ->
                new DayCount(
                    r.getString(0),
                    kind(r.getString(1)),
                    r.<LocalDate>getAs(2),
                    (int) r.getLong(3),
                    r.getList(4)))
        .sorted(DAY_ORDER)
        .toList();
  }

  /**
   * Items published in one drop and withdrawn in the next, for consecutive drops up to the as-of.
   */
  public List<Withdrawal> withdrawals(WithdrawnRule rule, List<LocalDate> drops) {
    if (drops.size() < 2) {
      return List.of();
    }
    return owned
        .select(col("org_id"), col("kind"), col("item_id"), explode(col("withdrawn_on")).as("wd"))
        .withColumn("counted_on", functions.expr(previousDrop(drops).formatted("wd")))
        .groupBy(col("org_id"), col("kind"), col("counted_on"), col("wd"))
        .agg(count(lit(1)).as("n"), ids(col("item_id")))
        .collectAsList()
        .stream()
        .map(
            r ->
                new Withdrawal(
                    r.getString(0),
                    kind(r.getString(1)),
                    r.<LocalDate>getAs(2),
                    r.<LocalDate>getAs(3),
                    (int) r.getLong(4),
                    r.getList(5)))
        .sorted(
            Comparator.comparing(Withdrawal::orgId)
                .thenComparing(Withdrawal::kind)
                .thenComparing(Withdrawal::withdrawnOn))
        .toList();
  }

  /**
   * A CASE expression giving the drop before the drop date {@code %1$s}, null for the first drop.
   */
  private static String previousDrop(List<LocalDate> drops) {
    StringBuilder sql = new StringBuilder("(CASE %1$s");
    for (int i = 1; i < drops.size(); i++) {
      sql.append(" WHEN DATE'")
          .append(drops.get(i))
          .append("' THEN DATE'")
          .append(drops.get(i - 1))
          .append("'");
    }
    return sql.append(" END)").toString();
  }

  /**
   * Counted items per organization, kind and day, for the organizations given, from {@code from}
   * on.
   */
  public List<DayCount> activity(java.util.Collection<String> orgIds, LocalDate from) {
    if (orgIds.isEmpty()) {
      return List.of();
    }
    return counted()
        .where(col("org_id").isin(orgIds.toArray()).and(col("item_date").geq(lit(from))))
        .groupBy(col("org_id"), col("kind"), col("item_date").as("day"))
        .agg(count(lit(1)).as("n"))
        .collectAsList()
        .stream()
        .map(
            r ->
                new DayCount(
                    r.getString(0),
                    kind(r.getString(1)),
                    r.<LocalDate>getAs(2),
                    (int) r.getLong(3),
                    List.of()))
        .sorted(DAY_ORDER)
        .toList();
  }

  private static Column ids(Column itemId) {
    return slice(sort_array(collect_list(itemId)), 1, MAX_IDS).as("ids");
  }

  private static ItemKind kind(String key) {
    return ItemKind.parse(key).orElseThrow();
  }
}
