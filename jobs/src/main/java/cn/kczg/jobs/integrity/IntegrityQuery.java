package cn.kczg.jobs.integrity;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import cn.kczg.jobs.integrity.IntegrityEvidence.DayCount;
import cn.kczg.jobs.integrity.IntegrityEvidence.ExpertListing;
import cn.kczg.jobs.integrity.IntegrityEvidence.TitleCopies;
import cn.kczg.jobs.integrity.IntegrityEvidence.Withdrawal;
import cn.kczg.jobs.metrics.MainStates;
import cn.kczg.schemas.integrity.DuplicateExpertRule;
import cn.kczg.schemas.integrity.PaddedTitleRule;
import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The item-level work of the integrity checks over each item's state at the as-of date ({@link
 * MainStates}). In Spark, three small jobs, none of which sorts or returns all items:
 *
 * <ol>
 *   <li><b>candidates</b>: one pass tags each item with the keys its checks group by, hashed to a
 *       64-bit number (organization, kind and title key; person key; organization, kind and
 *       examined day), and one hash aggregation on (tag, hash) keeps the keys that may flag: a
 *       title key with two items or more, a person with at least as many listings as the rule's
 *       number of organizations, an examined day with at least the burst rule's minimum;
 *   <li><b>evidence</b>: a second pass keeps the items of those keys (a broadcast semi-join) and
 *       the withdrawn ones, and returns them to the driver, where they are grouped by their exact
 *       keys: a hash shared by two keys only brings back a few more rows, never a wrong group;
 *   <li><b>daily counts</b> ({@link #dayCounts}) of the organizations a chart or the burst
 *       statistic needs, not of every organization.
 * </ol>
 *
 * <p>On a small current-state table ({@link #LOCAL_BYTES}) one job returns every tagged item and
 * the driver does all three steps; the results are the same.
 *
 */
public final class IntegrityQuery {
  /** The most item ids a piece of evidence lists. */
  public static final int MAX_IDS = 20;

  /** Tags of the keys an item is grouped by. */
  private static final int TITLE = 1;

  private static final int PERSON = 2;
  private static final int DAY = 3;
  private static final int WITHDRAWN = 4;
  private static final int ACTIVITY = 5;

  /**
   * Up to this size of the current-state table (about 200,000 items) the checks group on the
   * driver: one Spark job reads the tagged items, and the candidates and daily counts need none of
   * their own (at city size each job is a fixed cost of about half a second). System property
   * {@code kczg.integrity.local-bytes} changes it.
   */
  static final long LOCAL_BYTES = Long.getLong("kczg.integrity.local-bytes", 8L << 20);

  private static final StructType ORGS =
      DataTypes.createStructType(
          List.of(DataTypes.createStructField("c_org", DataTypes.StringType, false)));

  static final Comparator<DayCount> DAY_ORDER =
      Comparator.comparing(DayCount::orgId)
          .thenComparing(DayCount::kind)
          .thenComparing(DayCount::day);

  private final Dataset<Row> owned;

  private final LocalDate main;
  private final boolean local;

  /** Daily counts read along with the evidence on the driver path, from {@link #localFrom} on. */
  private Map<List<Object>, Group> localDays;

  private LocalDate localFrom;

  /**
   * Reads the states at the as-of date; groups on the driver when they come from a table of at most
   * {@link #LOCAL_BYTES}.
   */
  public IntegrityQuery(MainStates states) {
    this(states, states.tableBytes() >= 0 && states.tableBytes() <= LOCAL_BYTES);
  }

  /**
   * @param local group on the driver (one Spark job) instead of in Spark (three small jobs); both
   *     give the same results
   */
  IntegrityQuery(MainStates states, boolean local) {
    this.owned = states.rows();
    this.main = states.main();
    this.local = local;
  }

  /**
   * What the groupings found, sorted.
   *
   * @param experts listings of people under at least the rule's number of organizations
   * @param titles title groups of two items or more per organization and kind
   * @param days counted items per organization, kind and examined day, for days with at least the
   *     burst rule's minimum, with their ids
   * @param withdrawals items published in one drop and withdrawn in the next
   */
  public record Grouped(
      List<ExpertListing> experts,
      List<TitleCopies> titles,
      List<DayCount> days,
      List<Withdrawal> withdrawals) {}

  /**
   * What to look for.
   *
   * @param experts the duplicate-expert rule, when enabled
   * @param titles the padded-titles rule, when enabled
   * @param examined the days the burst check examines (empty: none)
   * @param minDayCount the burst rule's minimum items on a day
   * @param drops the drop dates up to the as-of, ascending, when withdrawals are traced; else empty
   * @param activityFrom the earliest day {@link #dayCounts} will be asked for
   */
  public record Request(
      Optional<DuplicateExpertRule> experts,
      Optional<PaddedTitleRule> titles,
      NavigableSet<LocalDate> examined,
      int minDayCount,
      List<LocalDate> drops,
      LocalDate activityFrom) {
    public Request {
      examined = new TreeSet<>(examined);
      drops = List.copyOf(drops);
    }

    boolean withdrawals() {
      return drops.size() >= 2;
    }
  }

  /** Runs the candidate and evidence jobs (on the driver path: the one job). */
  public Grouped execute(Request request) {
    if (local) {
      // Every tagged item comes back: the exact grouping keeps the same groups the candidate job
      // would have let through, and the daily counts are counted on the way.
      localFrom = request.activityFrom();
      localDays = new HashMap<>();
      return group(keyed(request).collectAsList().iterator(), request);
    }
    Dataset<Row> keyed = keyed(request);
    if (keyed == null) {
      return new Grouped(List.of(), List.of(), List.of(), List.of());
    }
    List<Row> keys = candidates(keyed.select(col("tag"), col("key")), request);
    if (request.withdrawals()) {
      keys.add(RowFactory.create(WITHDRAWN, 0L));
    }
    if (keys.isEmpty()) {
      return new Grouped(List.of(), List.of(), List.of(), List.of());
    }
    // The rows come back at once, both cores reading: they are the items of keys that may flag,
    // as many as the evidence, not all items.
    Iterator<Row> rows = TaggedKeys.having(keyed, keys).collectAsList().iterator();
    return group(rows, request);
  }

  /**
   * Counted items per organization, kind and day from {@code from} on, of the organizations {@code
   * orgs} only, sorted.
   */
  public List<DayCount> dayCounts(Collection<String> orgs, LocalDate from) {
    if (orgs.isEmpty()) {
      return List.of();
    }
    if (localDays != null && !from.isBefore(localFrom)) {
      Set<String> wanted = Set.copyOf(orgs);
      List<DayCount> out = new ArrayList<>();
      localDays.forEach(
          (k, g) -> {
            LocalDate day = (LocalDate) k.get(2);
            if (wanted.contains((String) k.get(0)) && !day.isBefore(from)) {
              out.add(
                  new DayCount(
                      (String) k.get(0), kind((String) k.get(1)), day, g.count, List.of()));
            }
          });
      out.sort(DAY_ORDER);
      return out;
    }
    SparkSession spark = owned.sparkSession();
    Dataset<Row> wanted =
        broadcast(
            spark.createDataFrame(
                new TreeSet<>(orgs).stream().map(o -> RowFactory.create(o)).toList(), ORGS));
    Dataset<Row> dated = owned.where(col("counted").and(col("item_date").geq(lit(from))));
    Iterator<Row> rows =
        dated
            .join(wanted, dated.col("org_id").equalTo(wanted.col("c_org")), "left_semi")
            .groupBy(col("org_id"), col("kind"), col("item_date"))
            .agg(count(lit(1)).as("n"))
            .toLocalIterator();
    List<DayCount> out = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      out.add(
          new DayCount(
              r.getString(0), kind(r.getString(1)), r.getAs(2), (int) r.getLong(3), List.of()));
    }
    out.sort(DAY_ORDER);
    return out;
  }

  /**
   * Each item once per key it is grouped by, as (tag, key) beside the columns the evidence needs;
   * null when no check looks at items.
   */
  private Dataset<Row> keyed(Request request) {
    Column counted = col("counted");
    List<Column> entries = new ArrayList<>();
    request
        .titles()
        .ifPresent(
            rule ->
                entries.add(
                    when(
                        counted
                            .and(
                                col("kind")
                                    .isin(rule.kinds().stream().map(ItemKind::key).toArray()))
                            .and(col("title_key").notEqual("")),
                        TaggedKeys.entry(
                            TITLE, xxhash64(col("org_id"), col("kind"), col("title_key"))))));
    request
        .experts()
        .ifPresent(
            rule ->
                entries.add(
                    when(
                        counted
                            .and(col("kind").equalTo(ItemKind.EXPERTS.key()))
                            .and(col("person_key").notEqual("")),
                        TaggedKeys.entry(PERSON, xxhash64(col("person_key"))))));
    if (!request.examined().isEmpty()) {
      entries.add(
          when(
              counted.and(col("item_date").isin(request.examined().toArray())),
              TaggedKeys.entry(DAY, xxhash64(col("org_id"), col("kind"), col("item_date")))));
    }
    if (request.withdrawals()) {
      entries.add(when(size(col("withdrawn_on")).gt(0), TaggedKeys.entry(WITHDRAWN, lit(0L))));
    }
    if (local) {
      entries.add(
          when(
              counted.and(col("item_date").geq(lit(request.activityFrom()))),
              TaggedKeys.entry(ACTIVITY, lit(0L))));
    }
    if (entries.isEmpty()) {
      return null;
    }
    return TaggedKeys.keyed(owned, entries);
  }

  /**
   * The (tag, key) pairs that may flag: one hash aggregation, whose result is as small as the
   * findings.
   */
  private static List<Row> candidates(Dataset<Row> keyed, Request request) {
    Column title = col("tag").equalTo(TITLE).and(col("n").geq(2));
    // A person under k organizations has at least k listings; whether they are under different
    // organizations is decided on the exact rows (a hash of the organization could collide).
    int minOrgs = request.experts().map(DuplicateExpertRule::minOrganizations).orElse(2);
    Column person = col("tag").equalTo(PERSON).and(col("n").geq(Math.max(2, minOrgs)));
    Column day = col("tag").equalTo(DAY).and(col("n").geq(request.minDayCount()));
    return new ArrayList<>(
        keyed
            .where(col("tag").notEqual(WITHDRAWN))
            .groupBy(col("tag"), col("key"))
            .agg(count(lit(1)).as("n"))
            .where(title.or(person).or(day))
            .select(col("tag"), col("key"))
            .collectAsList());
  }

  /** Groups the evidence rows by their exact keys. */
  private Grouped group(Iterator<Row> rows, Request request) {
    Map<List<Object>, Group> titles = new HashMap<>();
    Map<String, List<ExpertListing>> people = new HashMap<>();
    Map<List<Object>, Group> days = new HashMap<>();
    Map<List<Object>, Group> withdrawn = new HashMap<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      String org = r.getAs("org_id");
      String kind = r.getAs("kind");
      String id = r.getAs("item_id");
      switch ((int) r.getAs("tag")) {
        case TITLE ->
            titles
                .computeIfAbsent(List.of(org, kind, r.getAs("title_key")), k -> new Group())
                .add(id, r.getAs("title"));
        case PERSON ->
            people
                .computeIfAbsent(r.getAs("person_key"), k -> new ArrayList<>())
                .add(
                    new ExpertListing(
                        r.getAs("person_key"),
                        r.getAs("title"),
                        r.getAs("position"),
                        r.getAs("field"),
                        org,
                        id,
                        r.getAs("item_date")));
        case DAY ->
            days.computeIfAbsent(List.of(org, kind, r.getAs("item_date")), k -> new Group())
                .add(id, null);
        case ACTIVITY ->
            localDays.computeIfAbsent(List.of(org, kind, r.getAs("item_date")), k -> new Group())
                .count++;
        default -> {
          for (LocalDate wd : r.<LocalDate>getList(r.fieldIndex("withdrawn_on"))) {
            List<Object> key = new ArrayList<>(List.of(org, kind, wd));
            key.add(previous(request.drops(), wd)); // may be null: a list that allows it
            withdrawn.computeIfAbsent(key, k -> new Group()).add(id, null);
          }
        }
      }
    }
    return new Grouped(
        experts(people, request.experts().map(DuplicateExpertRule::minOrganizations).orElse(2)),
        titles(titles),
        days(days, request.minDayCount()),
        withdrawals(withdrawn));
  }

  private static List<ExpertListing> experts(
      Map<String, List<ExpertListing>> people, int minOrganizations) {
    List<ExpertListing> out = new ArrayList<>();
    people.values().stream()
        .filter(l -> l.stream().map(ExpertListing::orgId).distinct().count() >= minOrganizations)
        .forEach(out::addAll);
    out.sort(
        Comparator.comparing(ExpertListing::personKey)
            .thenComparing(ExpertListing::orgId)
            .thenComparing(ExpertListing::itemId));
    return out;
  }

  private static List<TitleCopies> titles(Map<List<Object>, Group> groups) {
    return made(
        groups,
        2,
        (k, g) ->
            new TitleCopies(
                (String) k.get(0),
                kind((String) k.get(1)),
                (String) k.get(2),
                g.count,
                g.ids(),
                g.text),
        Comparator.comparing(TitleCopies::orgId)
            .thenComparing(TitleCopies::kind)
            .thenComparing(TitleCopies::titleKey));
  }

  private static List<DayCount> days(Map<List<Object>, Group> groups, int minCount) {
    return made(
        groups,
        minCount,
        (k, g) ->
            new DayCount(
                (String) k.get(0), kind((String) k.get(1)), (LocalDate) k.get(2), g.count, g.ids()),
        DAY_ORDER);
  }

  private static List<Withdrawal> withdrawals(Map<List<Object>, Group> groups) {
    return made(
        groups,
        1,
        (k, g) ->
            new Withdrawal(
                (String) k.get(0),
                kind((String) k.get(1)),
                (LocalDate) k.get(3),
                (LocalDate) k.get(2),
                g.count,
                g.ids()),
        Comparator.comparing(Withdrawal::orgId)
            .thenComparing(Withdrawal::kind)
            .thenComparing(Withdrawal::withdrawnOn));
  }

  /** A record per group of at least {@code min} items, sorted. */
  private static <T> List<T> made(
      Map<List<Object>, Group> groups,
      int min,
      java.util.function.BiFunction<List<Object>, Group, T> make,
      Comparator<T> order) {
    List<T> out = new ArrayList<>();
    groups.forEach(
        (k, g) -> {
          if (g.count >= min) {
            out.add(make.apply(k, g));
          }
        });
    out.sort(order);
    return out;
  }

  /** The drop before {@code drop} among {@code drops} (ascending); null for the first or none. */
  static LocalDate previous(List<LocalDate> drops, LocalDate drop) {
    int i = drops.indexOf(drop);
    return i >= 1 ? drops.get(i - 1) : null;
  }

  /**
   * Items of one exact key: how many, the {@link #MAX_IDS} smallest ids (sorted), and the least
   * text among them.
   */
  private static final class Group {
    private int count;
    private final TreeSet<String> ids = new TreeSet<>(CODE_POINTS);
    private String text;

    void add(String id, String t) {
      count++;
      ids.add(id);
      if (ids.size() > MAX_IDS) {
        ids.pollLast();
      }
      if (t != null && (text == null || CODE_POINTS.compare(t, text) < 0)) {
        text = t;
      }
    }

    List<String> ids() {
      return List.copyOf(ids);
    }
  }

  /** Spark's order of strings (by code point, as their UTF-8 bytes), not Java's UTF-16 order. */
  static final Comparator<String> CODE_POINTS = IntegrityQuery::compareCodePoints;

  /**
   * Compares by code point without decoding: UTF-16 order differs from code point order only where
   * a surrogate (part of a character above U+FFFF) meets a character from U+E000 to U+FFFF.
   */
  static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        boolean sx = Character.isSurrogate(x);
        if (sx != Character.isSurrogate(y)) {
          return sx ? 1 : -1;
        }
        return Character.compare(x, y);
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  private static ItemKind kind(String key) {
    return ItemKind.parse(key).orElseThrow();
  }
}
