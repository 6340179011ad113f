package cn.kczg.jobs.integrity;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import cn.kczg.jobs.integrity.IntegrityEvidence.DayCount;
import cn.kczg.jobs.integrity.IntegrityEvidence.ExpertListing;
import cn.kczg.jobs.integrity.IntegrityEvidence.TitleCopies;
import cn.kczg.jobs.integrity.IntegrityEvidence.Withdrawal;
import cn.kczg.jobs.metrics.MainStates;
import cn.kczg.jobs.metrics.PreviousDrop;
import cn.kczg.schemas.integrity.DuplicateExpertRule;
import cn.kczg.schemas.integrity.PaddedTitleRule;
import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The item-level work of the integrity checks, in Spark, over the item states the counting scan
 * kept ({@link MainStates}). Each check groups them by its own key; all groupings run as one Spark
 * job whose result is the union of their small outputs, and only groups that may matter come back
 * to the driver: people under several organizations, titles with copies, daily counts from the
 * earliest day a check or chart looks at, withdrawals.
 */
public final class IntegrityQuery {
  /** The most item ids a piece of evidence lists. */
  public static final int MAX_IDS = 50;

  /** Tags of the union's parts. */
  private static final String EXPERT = "expert";

  private static final String TITLE = "title";
  private static final String DAY = "day";
  private static final String WITHDRAWAL = "withdrawal";

  static final Comparator<DayCount> DAY_ORDER =
      Comparator.comparing(DayCount::orgId)
          .thenComparing(DayCount::kind)
          .thenComparing(DayCount::day);

  private final Dataset<Row> owned;
  private final List<Dataset<Row>> parts = new ArrayList<>();

  /** Reads the states the counting scan kept. */
  public IntegrityQuery(MainStates states) {
    this.owned = states.rows();
  }

  /**
   * What the groupings found, sorted.
   *
   * @param days counted items per organization, kind and day
   */
  public record Grouped(
      List<ExpertListing> experts,
      List<TitleCopies> titles,
      List<DayCount> days,
      List<Withdrawal> withdrawals) {}

  private Dataset<Row> counted() {
    return owned.where(col("counted"));
  }

  /**
   * Adds the listings of people found under at least {@code minOrganizations} organizations. The
   * people are found by a count of distinct organizations per person (plain hash aggregation), and
   * only their listings are read back: a list per person (collect_list) made Spark sort all
   * experts.
   */
  public IntegrityQuery duplicateExperts(DuplicateExpertRule rule) {
    Dataset<Row> people =
        counted()
            .where(col("kind").equalTo(ItemKind.EXPERTS.key()))
            .withColumn("person", col("person_key"))
            .where(col("person").notEqual(""));
    Dataset<Row> several =
        people
            .groupBy(col("person"))
            .agg(functions.countDistinct(col("org_id")).as("orgs"))
            .where(col("orgs").geq(rule.minOrganizations()))
            .select(col("person").as("several"));
    Dataset<Row> listed =
        people.join(several, people.col("person").equalTo(several.col("several")), "left_semi");
    return add(
        EXPERT,
        col("org_id"),
        lit(ItemKind.EXPERTS.key()),
        col("person"),
        col("item_date"),
        lit(null),
        lit(1L),
        array(col("item_id")),
        col("title"),
        col("position"),
        col("field"),
        listed);
  }

  /**
   * Adds the title groups of two or more items per organization and kind; their ids only when the
   * group has min_copies or more (only those are flagged and quoted). Copies are counted first
   * (plain hash aggregation, no per-group list), then only the items of groups with copies are read
   * again for their ids and title.
   */
  public IntegrityQuery titleCopies(PaddedTitleRule rule) {
    Dataset<Row> keyed =
        counted()
            .where(col("kind").isin(rule.kinds().stream().map(ItemKind::key).toArray()))
            .withColumn("tkey", col("title_key"))
            .where(col("tkey").notEqual(""));
    Dataset<Row> copies =
        keyed
            .groupBy(col("org_id"), col("kind"), col("tkey"))
            .agg(count(lit(1)).as("copies"))
            .where(col("copies").geq(2))
            .toDF("c_org", "c_kind", "c_tkey", "copies");
    Dataset<Row> groups =
        keyed
            .join(
                copies,
                keyed
                    .col("org_id")
                    .equalTo(copies.col("c_org"))
                    .and(keyed.col("kind").equalTo(copies.col("c_kind")))
                    .and(keyed.col("tkey").equalTo(copies.col("c_tkey"))))
            .groupBy(col("org_id"), col("kind"), col("tkey"), col("copies"))
            .agg(ids(col("item_id")), min(col("title")).as("t"));
    return add(
        TITLE,
        col("org_id"),
        col("kind"),
        col("tkey"),
        lit(null),
        lit(null),
        col("copies"),
        when(col("copies").geq(rule.minCopies()), col("ids")),
        col("t"),
        lit(null),
        lit(null),
        groups);
  }

  /**
   * Adds the counted items per organization, kind and day from {@code from} on, with their ids on
   * the {@code examined} days that have at least {@code minCount} items. The counts are a plain
   * hash aggregation; ids are listed only for the examined days' items and joined to them.
   */
  public IntegrityQuery dayCounts(LocalDate from, NavigableSet<LocalDate> examined, int minCount) {
    Dataset<Row> dated =
        counted().withColumn("day", col("item_date")).where(col("day").geq(lit(from)));
    Dataset<Row> counts =
        dated.groupBy(col("org_id"), col("kind"), col("day")).agg(count(lit(1)).as("n"));
    Dataset<Row> days;
    if (examined.isEmpty()) {
      days =
          counts.withColumn("ids", lit(null).cast(DataTypes.createArrayType(DataTypes.StringType)));
    } else {
      Dataset<Row> listed =
          dated
              .where(col("day").isin(examined.toArray()))
              .groupBy(col("org_id"), col("kind"), col("day"))
              .agg(ids(col("item_id")))
              .toDF("l_org", "l_kind", "l_day", "ids");
      days =
          counts.join(
              functions.broadcast(listed),
              counts
                  .col("org_id")
                  .equalTo(listed.col("l_org"))
                  .and(counts.col("kind").equalTo(listed.col("l_kind")))
                  .and(counts.col("day").equalTo(listed.col("l_day"))),
              "left");
    }
    return add(
        DAY,
        col("org_id"),
        col("kind"),
        lit(null),
        col("day"),
        lit(null),
        col("n"),
        when(col("n").geq(minCount), col("ids")),
        lit(null),
        lit(null),
        lit(null),
        days);
  }

  /**
   * Adds the items published in one drop and withdrawn in the next, for consecutive drops up to the
   * as-of ({@code drops}, ascending).
   */
  public IntegrityQuery withdrawals(List<LocalDate> drops) {
    if (drops.size() < 2) {
      return this;
    }
    Dataset<Row> withdrawn =
        owned
            .select(
                col("org_id"), col("kind"), col("item_id"), explode(col("withdrawn_on")).as("wd"))
            .withColumn("counted_on", functions.expr(PreviousDrop.of(drops, "wd")))
            .groupBy(col("org_id"), col("kind"), col("counted_on"), col("wd"))
            .agg(count(lit(1)).as("n"), ids(col("item_id")));
    return add(
        WITHDRAWAL,
        col("org_id"),
        col("kind"),
        lit(null),
        col("counted_on"),
        col("wd"),
        col("n"),
        col("ids"),
        lit(null),
        lit(null),
        lit(null),
        withdrawn);
  }

  /** Runs every grouping added, as one Spark job. */
  public Grouped execute() {
    List<ExpertListing> experts = new ArrayList<>();
    List<TitleCopies> titles = new ArrayList<>();
    List<DayCount> days = new ArrayList<>();
    List<Withdrawal> withdrawals = new ArrayList<>();
    // Streamed a partition at a time: the daily counts of every organization are many rows at
    // national size, and each becomes a small record at once.
    java.util.Iterator<Row> rows =
        parts.isEmpty()
            ? java.util.Collections.emptyIterator()
            : parts.stream().reduce(Dataset::union).get().toLocalIterator();
    while (rows.hasNext()) {
      Row r = rows.next();
      switch (r.getString(0)) {
        case EXPERT ->
            experts.add(
                new ExpertListing(
                    r.getString(3),
                    r.getString(8),
                    r.getString(9),
                    r.getString(10),
                    r.getString(1),
                    r.<String>getList(7).get(0),
                    r.getAs(4)));
        case TITLE ->
            titles.add(
                new TitleCopies(
                    r.getString(1),
                    kind(r.getString(2)),
                    r.getString(3),
                    (int) r.getLong(6),
                    ids(r),
                    r.getString(8)));
        case DAY ->
            days.add(
                new DayCount(
                    r.getString(1), kind(r.getString(2)), r.getAs(4), (int) r.getLong(6), ids(r)));
        default ->
            withdrawals.add(
                new Withdrawal(
                    r.getString(1),
                    kind(r.getString(2)),
                    r.getAs(4),
                    r.getAs(5),
                    (int) r.getLong(6),
                    ids(r)));
      }
    }
    experts.sort(
        Comparator.comparing(ExpertListing::personKey)
            .thenComparing(ExpertListing::orgId)
            .thenComparing(ExpertListing::itemId));
    titles.sort(
        Comparator.comparing(TitleCopies::orgId)
            .thenComparing(TitleCopies::kind)
            .thenComparing(TitleCopies::titleKey));
    days.sort(DAY_ORDER);
    withdrawals.sort(
        Comparator.comparing(Withdrawal::orgId)
            .thenComparing(Withdrawal::kind)
            .thenComparing(Withdrawal::withdrawnOn));
    return new Grouped(experts, titles, days, withdrawals);
  }

  /** One part of the union, in its common columns. */
  private IntegrityQuery add(
      String tag,
      Column orgId,
      Column kind,
      Column key,
      Column day,
      Column day2,
      Column n,
      Column ids,
      Column name,
      Column position,
      Column field,
      Dataset<Row> from) {
    parts.add(
        from.select(
            lit(tag).as("tag"),
            orgId.cast(DataTypes.StringType).as("org_id"),
            kind.cast(DataTypes.StringType).as("kind"),
            key.cast(DataTypes.StringType).as("key"),
            day.cast(DataTypes.DateType).as("day"),
            day2.cast(DataTypes.DateType).as("day2"),
            n.cast(DataTypes.LongType).as("n"),
            ids.cast(DataTypes.createArrayType(DataTypes.StringType)).as("ids"),
            name.cast(DataTypes.StringType).as("name"),
            position.cast(DataTypes.StringType).as("position"),
            field.cast(DataTypes.StringType).as("field")));
    return this;
  }

  private static Column ids(Column itemId) {
    return slice(sort_array(collect_list(itemId)), 1, MAX_IDS).as("ids");
  }

  private static List<String> ids(Row r) {
    return r.isNullAt(7) ? List.of() : List.copyOf(r.<String>getList(7));
  }

  private static ItemKind kind(String key) {
    return ItemKind.parse(key).orElseThrow();
  }
}
