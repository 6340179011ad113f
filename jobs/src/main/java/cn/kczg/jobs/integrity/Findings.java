package cn.kczg.jobs.integrity;

import cn.kczg.jobs.integrity.Bursts.Burst;
import cn.kczg.jobs.integrity.IntegrityEvidence.ExpertListing;
import cn.kczg.jobs.integrity.IntegrityEvidence.TitleCopies;
import cn.kczg.jobs.integrity.IntegrityEvidence.Withdrawal;
import cn.kczg.schemas.integrity.BurstRule;
import cn.kczg.schemas.integrity.DuplicateExpertRule;
import cn.kczg.schemas.integrity.PaddedTitleRule;
import cn.kczg.schemas.integrity.WithdrawnRule;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.text.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns evidence into flags, one per organization and finding, each with its sentence ({@link
 * Sentences}) and evidence text. Plain Java: the thresholds were applied in {@link Bursts} and the
 * Spark query; here the figures are put side by side.
 */
public final class Findings {
  private static final int SHOWN = 3;

  private Findings() {}

  /** Duplicate experts: one flag per organization listing a person also listed elsewhere. */
  public static List<Finding> duplicateExperts(
      DuplicateExpertRule rule, List<ExpertListing> listings, Figures f) {
    Adjustments once =
        Adjustments.of(
            new IntegrityEvidence(listings, List.of(), List.of(), List.of()), true, false);
    Map<String, List<ExpertListing>> byPerson =
        listings.stream()
            .collect(
                Collectors.groupingBy(ExpertListing::personKey, TreeMap::new, Collectors.toList()));
    Map<String, List<ExpertListing>> byOrg =
        listings.stream()
            .collect(
                Collectors.groupingBy(ExpertListing::orgId, TreeMap::new, Collectors.toList()));
    List<Finding> out = new ArrayList<>();
    byOrg.forEach(
        (org, own) -> {
          List<String> keys =
              own.stream().map(ExpertListing::personKey).distinct().sorted().toList();
          List<String> people = keys.stream().map(p -> person(byPerson.get(p), org, f)).toList();
          int unadjusted = f.unadjusted(org, ItemKind.EXPERTS);
          int official = f.official(org, ItemKind.EXPERTS);
          int target = f.target(org, ItemKind.EXPERTS);
          int counted = unadjusted - once.deduction(org, ItemKind.EXPERTS);
          String sentence =
              Sentences.duplicateExperts(
                  people.size(),
                  shown(people),
                  official,
                  counted,
                  unadjusted,
                  target,
                  rule.countOnce());
          String evidence =
              keys.stream()
                  .map(
                      p ->
                          p
                              + " ("
                              + Sentences.matchLabel(byPerson.get(p).get(0).match())
                              + "): "
                              + byPerson.get(p).stream()
                                  .map(l -> l.orgId() + " " + l.itemId() + " " + l.itemDate())
                                  .collect(Collectors.joining(", ")))
                  .collect(Collectors.joining("; "));
          int strength = own.stream().mapToInt(l -> rule.rank(l.match())).min().orElse(0);
          out.add(
              new Finding(
                  org,
                  rule.check(),
                  ItemKind.EXPERTS,
                  sentence,
                  evidence,
                  Finding.Consequence.of(unadjusted, counted, target),
                  strength,
                  people.size(),
                  target));
        });
    return out;
  }

  private static String person(List<ExpertListing> person, String org, Figures f) {
    ExpertListing p = person.get(0);
    String others =
        person.stream()
            .map(ExpertListing::orgId)
            .filter(o -> !o.equals(org))
            .distinct()
            .sorted()
            .map(f::name)
            .collect(Collectors.joining(Messages.current().text("list.separator")));
    return Messages.current()
            .text(
                "integrity.person",
                Names.normalize(p.name()),
                Names.normalize(p.position()),
                Names.normalize(p.field()),
                others)
        + Sentences.match(p.match());
  }

  /**
   * Padded titles: one flag per organization and kind with a title copied min_copies times or more.
   */
  public static List<Finding> paddedTitles(
      PaddedTitleRule rule, List<TitleCopies> titles, Figures f) {
    List<Finding> out = new ArrayList<>();
    Adjustments.titlesByOrgKind(titles)
        .values()
        .forEach(
            groups -> {
              List<TitleCopies> flagged =
                  groups.stream()
                      .filter(g -> g.copies() >= rule.minCopies())
                      .sorted(
                          Comparator.comparingInt(TitleCopies::copies)
                              .reversed()
                              .thenComparing(TitleCopies::titleKey))
                      .toList();
              if (flagged.isEmpty()) {
                return;
              }
              String org = flagged.get(0).orgId();
              ItemKind kind = flagged.get(0).kind();
              int unadjusted = f.unadjusted(org, kind);
              int distinct = unadjusted - groups.stream().mapToInt(g -> g.copies() - 1).sum();
              int copies = flagged.stream().mapToInt(TitleCopies::copies).sum();
              List<String> quoted =
                  flagged.stream().map(g -> Sentences.quoted(g.title(), g.copies())).toList();
              String sentence =
                  Sentences.paddedTitles(
                      kind,
                      copies,
                      flagged.size(),
                      shown(quoted),
                      f.official(org, kind),
                      distinct,
                      unadjusted,
                      f.target(org, kind),
                      rule.distinctOnly());
              String evidence =
                  flagged.stream()
                      .map(
                          g ->
                              g.titleKey()
                                  + " ×"
                                  + g.copies()
                                  + ": "
                                  + String.join(" ", g.itemIds()))
                      .collect(Collectors.joining("; "));
              out.add(
                  new Finding(
                      org,
                      rule.check(),
                      kind,
                      sentence,
                      evidence,
                      Finding.Consequence.of(unadjusted, distinct, f.target(org, kind)),
                      0,
                      copies,
                      f.target(org, kind)));
            });
    return out;
  }

  /** Bursts: one flag per burst day. */
  public static List<Finding> bursts(BurstRule rule, List<Burst> bursts, Figures f) {
    List<Finding> out = new ArrayList<>();
    for (Burst b : bursts) {
      int official = f.official(b.orgId(), b.kind());
      int target = f.target(b.orgId(), b.kind());
      String sentence =
          Sentences.burst(
              b.kind(), b.count(), b.day(), b.usualLow(), b.usualHigh(), official, target);
      String evidence =
          Messages.current()
              .text(
                  "integrity.evidence.burst",
                  b.day(),
                  b.count(),
                  b.median(),
                  b.mad(),
                  b.threshold(),
                  rule.k(),
                  rule.lookbackDays(),
                  String.join(" ", b.itemIds()));
      out.add(
          new Finding(
              b.orgId(),
              rule.check(),
              b.kind(),
              sentence,
              evidence,
              Finding.Consequence.of(official, official - b.count(), target),
              0,
              b.count(),
              target));
    }
    return out;
  }

  /**
   * Whether a withdrawal took a target from met to missed: met at the drop that counted the items,
   * missed at the next, and met again with them. It reads only unadjusted figures and targets.
   */
  public static boolean flipped(Withdrawal w, Figures f) {
    return flipped(
        f.at(w.countedOn(), w.orgId(), w.kind()),
        f.at(w.withdrawnOn(), w.orgId(), w.kind()),
        w.items(),
        f.target(w.orgId(), w.kind()));
  }

  private static boolean flipped(int before, int after, int items, int target) {
    return before >= target && after < target && after + items >= target;
  }

  /** Withdrawals: one flag per organization, kind and drop pair. */
  public static List<Finding> withdrawals(WithdrawnRule rule, List<Withdrawal> rows, Figures f) {
    List<Finding> out = new ArrayList<>();
    for (Withdrawal w : rows) {
      int before = f.at(w.countedOn(), w.orgId(), w.kind());
      int after = f.at(w.withdrawnOn(), w.orgId(), w.kind());
      int target = f.target(w.orgId(), w.kind());
      boolean decisive = flipped(before, after, w.items(), target);
      if (w.items() < rule.minItems() && !decisive) {
        continue;
      }
      String sentence =
          Sentences.withdrawn(
              w.kind(), w.items(), w.countedOn(), w.withdrawnOn(), before, after, target);
      String evidence =
          Messages.current()
              .text(
                  "integrity.evidence.withdrawn",
                  w.countedOn(),
                  before,
                  w.withdrawnOn(),
                  after,
                  target,
                  String.join(" ", w.itemIds()));
      Finding.Consequence consequence =
          decisive
              ? Finding.Consequence.LOST
              : after >= target ? Finding.Consequence.MET_EITHER_WAY : Finding.Consequence.NOT_MET;
      out.add(
          new Finding(
              w.orgId(),
              rule.check(),
              w.kind(),
              sentence,
              evidence,
              consequence,
              0,
              w.items(),
              target));
    }
    return out;
  }

  /** The findings in the order a reviewer reads them ({@link Finding#BY_CONSEQUENCE}). */
  public static List<Finding> ranked(List<Finding> findings) {
    return findings.stream().sorted(Finding.BY_CONSEQUENCE).toList();
  }

  private static List<String> shown(List<String> parts) {
    if (parts.size() <= SHOWN) {
      return parts;
    }
    List<String> out = new ArrayList<>(parts.subList(0, SHOWN));
    out.add(Messages.current().text("integrity.more", parts.size() - SHOWN));
    return out;
  }
}
