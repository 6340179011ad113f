package cn.kczg.jobs.integrity;

import cn.kczg.jobs.integrity.IntegrityEvidence.ExpertListing;
import cn.kczg.jobs.integrity.IntegrityEvidence.TitleCopies;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the policy keys take off an organization's counts: with {@code count_duplicate_experts_once}
 * a person listed under several organizations counts once, for the listing with the earliest 入驻时间
 * (then the smaller org id, then expert id); with {@code distinct_titles_only} each title key
 * counts once per organization and kind. Computed for both policies whether or not the rulebook
 * applies them, so a flag can say what the figure would be.
 */
public final class Adjustments {
  private final Map<String, IndicatorCounts> deductions;

  private Adjustments(Map<String, IndicatorCounts> deductions) {
    this.deductions = deductions;
  }

  /** No deductions. */
  public static Adjustments none() {
    return new Adjustments(Map.of());
  }

  /** The deductions of the chosen policies. */
  public static Adjustments of(
      IntegrityEvidence evidence, boolean expertsOnce, boolean distinctTitles) {
    Map<String, IndicatorCounts> out = new HashMap<>();
    if (expertsOnce) {
      experts(evidence.experts(), out);
    }
    if (distinctTitles) {
      evidence.titles().forEach(t -> add(out, t.orgId(), t.kind(), t.copies() - 1));
    }
    return new Adjustments(out);
  }

  private static void experts(List<ExpertListing> listings, Map<String, IndicatorCounts> out) {
    Map<String, List<ExpertListing>> byPerson =
        listings.stream()
            .collect(
                Collectors.groupingBy(ExpertListing::personKey, TreeMap::new, Collectors.toList()));
    Comparator<ExpertListing> first =
        Comparator.comparing(ExpertListing::itemDate)
            .thenComparing(ExpertListing::orgId)
            .thenComparing(ExpertListing::itemId);
    for (List<ExpertListing> person : byPerson.values()) {
      ExpertListing keeper = person.stream().min(first).orElseThrow();
      person.stream()
          .filter(l -> l != keeper)
          .forEach(l -> add(out, l.orgId(), ItemKind.EXPERTS, 1));
    }
  }

  private static void add(Map<String, IndicatorCounts> out, String orgId, ItemKind kind, int n) {
    IndicatorCounts c = out.getOrDefault(orgId, IndicatorCounts.zero());
    out.put(orgId, c.with(kind, c.get(kind) + n));
  }

  /** How many items of a kind the policies take off an organization. */
  public int deduction(String orgId, ItemKind kind) {
    return deductions.getOrDefault(orgId, IndicatorCounts.zero()).get(kind);
  }

  /** The counts after the deductions (never below zero). */
  public IndicatorCounts apply(String orgId, IndicatorCounts counts) {
    IndicatorCounts out = counts;
    for (ItemKind kind : ItemKind.values()) {
      out = out.with(kind, Math.max(0, counts.get(kind) - deduction(orgId, kind)));
    }
    return out;
  }

  /** Whether nothing is deducted. */
  public boolean isEmpty() {
    return deductions.values().stream().allMatch(c -> c.total() == 0);
  }

  /** Title groups by (org, kind), for the padded-titles flags. */
  static Map<String, List<TitleCopies>> titlesByOrgKind(List<TitleCopies> titles) {
    return titles.stream()
        .collect(
            Collectors.groupingBy(
                t -> t.orgId() + "\u0000" + t.kind().key(), TreeMap::new, Collectors.toList()));
  }
}
