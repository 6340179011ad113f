package cn.kczg.jobs.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.result.QuarantineRow;
import cn.kczg.schemas.result.SnapshotDifference;
import cn.kczg.schemas.text.NameSuggestions;
import cn.kczg.schemas.text.Names;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.sql.Row;

/**
 * Compares the back office's count snapshots (机构统计) with the counts derived from item exports. Item
 * exports always win; the snapshot only produces {@link SnapshotDifference}s for staff to look at.
 * For each organization the newest snapshot dated on or before the as-of date is taken (from the
 * newest drop that carries it), and compared with the item counts at the snapshot's own 统计截止日期.
 * Snapshot rows naming an organization nobody knows go to the quarantine listing.
 */
public final class SnapshotCheck {
  private record Entry(
      String orgName,
      String nameKey,
      String account,
      LocalDate asOf,
      IndicatorCounts counts,
      String file,
      long line,
      LocalDate dropDate) {}

  /** What the comparison found. */
  public record Outcome(List<SnapshotDifference> differences, List<QuarantineRow> unknown) {}

  private final List<Entry> entries;

  private SnapshotCheck(List<Entry> entries) {
    this.entries = entries;
  }

  /** Reads the committed snapshot rows that matter as of {@code asOf}. */
  public static SnapshotCheck load(Warehouse warehouse, LocalDate asOf) {
    List<Row> rows =
        new Ledger(warehouse)
            .committedOnly(warehouse.read(Tables.SNAPSHOTS, Tables.snapshots()))
            .where(col("drop_date").leq(lit(asOf)).and(col("as_of").leq(lit(asOf))))
            .orderBy(col("as_of").desc(), col("drop_date").desc(), col("source_file"), col("line"))
            .collectAsList();
    Map<String, Entry> newest = new LinkedHashMap<>();
    for (Row r : rows) {
      IndicatorCounts c =
          IndicatorCounts.of(
              count(r, "experts"),
              count(r, "achievements"),
              count(r, "demands"),
              count(r, "news"),
              count(r, "activities"));
      Entry e =
          new Entry(
              r.getAs("org_name"),
              r.getAs("name_key"),
              r.getAs("account"),
              r.getAs("as_of"),
              c,
              r.getAs("source_file"),
              r.<Long>getAs("line"),
              r.getAs("drop_date"));
      newest.putIfAbsent(e.nameKey(), e);
    }
    return new SnapshotCheck(List.copyOf(newest.values()));
  }

  private static int count(Row r, String field) {
    return Math.toIntExact(r.<Long>getAs(field));
  }

  /** The snapshot dates whose item counts the comparison needs. */
  public List<LocalDate> dates() {
    return List.copyOf(new TreeSet<>(entries.stream().map(Entry::asOf).toList()));
  }

  /** Compares with item counts computed at (at least) {@link #dates()}. */
  public Outcome compare(RegistryHistory registry, Map<String, String> aliases, AsOfCounts counts) {
    List<SnapshotDifference> differences = new ArrayList<>();
    List<QuarantineRow> unknown = new ArrayList<>();
    for (Entry e : entries) {
      List<Organization> orgs = registry.asOf(e.asOf());
      Optional<Organization> org = attribute(e, orgs, aliases);
      if (org.isEmpty()) {
        unknown.add(unknownRow(e, orgs));
        continue;
      }
      IndicatorCounts items = counts.of(e.asOf(), org.get().orgId());
      for (ItemKind k : ItemKind.values()) {
        if (items.get(k) != e.counts().get(k)) {
          differences.add(
              new SnapshotDifference(
                  org.get().orgId(),
                  org.get().name(),
                  e.asOf(),
                  k,
                  e.counts().get(k),
                  items.get(k),
                  e.file()));
        }
      }
    }
    differences.sort(
        Comparator.comparing(SnapshotDifference::orgId).thenComparing(SnapshotDifference::kind));
    unknown.sort(Comparator.comparing(QuarantineRow::file).thenComparingLong(QuarantineRow::line));
    return new Outcome(differences, unknown);
  }

  /**
   * The same rule as the items': account known to the registry, else normalized name, else alias.
   */
  private static Optional<Organization> attribute(
      Entry e, List<Organization> orgs, Map<String, String> aliases) {
    Optional<Organization> byAccount =
        e.account() == null
            ? Optional.empty()
            : orgs.stream()
                .filter(o -> e.account().equals(o.account()))
                .min(Comparator.comparing(Organization::orgId));
    Optional<Organization> byName =
        orgs.stream()
            .filter(o -> Names.normalize(o.name()).equals(e.nameKey()))
            .min(Comparator.comparing(Organization::orgId));
    String aliasId = aliases.get(e.nameKey());
    Optional<Organization> byAlias =
        orgs.stream().filter(o -> o.orgId().equals(aliasId)).findFirst();
    return byAccount.or(() -> byName).or(() -> byAlias);
  }

  private static String countsText(IndicatorCounts c) {
    return String.join(
        ",",
        java.util.Arrays.stream(ItemKind.values()).map(k -> String.valueOf(c.get(k))).toList());
  }

  private static QuarantineRow unknownRow(Entry e, List<Organization> orgs) {
    NameSuggestions near =
        new NameSuggestions(
            orgs.stream().map(o -> new NameSuggestions.Candidate(o.orgId(), o.name())).toList());
    return new QuarantineRow(
        e.file(),
        e.line(),
        e.dropDate(),
        "snapshot",
        "UNKNOWN_ORG",
        "机构名称 '"
            + e.orgName()
            + "' matches no organization of the registry in force on "
            + e.asOf()
            + " (nor an alias); confirm one with `kczg alias add`",
        e.orgName()
            + ","
            + (e.account() == null ? "" : e.account())
            + ","
            + countsText(e.counts())
            + ","
            + e.asOf(),
        near.closest(e.orgName(), 3).stream().map(NameSuggestions.Suggestion::label).toList());
  }
}
