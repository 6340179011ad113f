package cn.kczg.jobs.integrity;

import cn.kczg.jobs.integrity.IntegrityEvidence.ExpertListing;
import cn.kczg.schemas.integrity.DuplicateExpertRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who is the same person among expert listings ({@link DuplicateExpertRule}): plain Java over the
 * candidate listings the Spark side returned (those sharing a person key or a name and identifier
 * with another listing).
 *
 * <p>Two listings of one normalized 姓名 are linked by the strongest identifier both carry: equal, a
 * match of that strength; different, two people (a conflict). Without such an identifier, equal 姓名,
 * 职称 and 研究领域 link them weakly ({@link DuplicateExpertRule#NAME}). Links weaker than the rule's
 * {@code min_strength} are ignored. People are built from the links strongest first, never joining
 * two groups that hold a conflicting pair; a person's strength is that of the weakest link that
 * joined them.
 *
 * <p>Example: 王伟 A (phone 138…1), 王伟 B (phone 138…1, another 职称), 王伟 C (教授, 材料科学, phone 139…9), 王伟
 * D (教授, 材料科学, no identifier): A and B are one person matched on phone; C and D are one person
 * matched on name only; A and C conflict, so no weak link can join A's person and C's.
 */
final class ExpertIdentity {
  private static final String CONFLICT = "";

  /**
   * One listing as the check compares it.
   *
   * @param row the listing, its person key the normalized 姓名|职称|研究领域 (the name before the first
   *     {@code |}) and no match yet
   * @param ids normalized identifiers by canonical field; absent when the listing has none
   */
  record Listing(ExpertListing row, Map<String, String> ids) {
    Listing {
      ids = Map.copyOf(ids);
    }

    String personKey() {
      return row.personKey();
    }

    String orgId() {
      return row.orgId();
    }

    String itemId() {
      return row.itemId();
    }

    String normalizedName() {
      int bar = personKey().indexOf('|');
      return bar < 0 ? personKey() : personKey().substring(0, bar);
    }
  }

  private ExpertIdentity() {}

  /**
   * The listings of every person found under at least the rule's number of organizations, each with
   * the person's key and the strength of the match, sorted by person, organization and id.
   */
  static List<ExpertListing> people(Collection<Listing> candidates, DuplicateExpertRule rule) {
    Map<String, List<Listing>> byName = new TreeMap<>();
    candidates.stream()
        .sorted(ORDER)
        .distinct()
        .forEach(l -> byName.computeIfAbsent(l.normalizedName(), n -> new ArrayList<>()).add(l));
    List<ExpertListing> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    byName.values().forEach(namesakes -> people(namesakes, rule, keys, out));
    out.sort(
        Comparator.comparing(ExpertListing::personKey)
            .thenComparing(ExpertListing::orgId)
            .thenComparing(ExpertListing::itemId));
    return out;
  }

  private static final Comparator<Listing> ORDER =
      Comparator.comparing(Listing::orgId).thenComparing(Listing::itemId);

  /** The link between two listings: a strength, {@link #CONFLICT}, or null (nothing in common). */
  static String link(Listing a, Listing b, DuplicateExpertRule rule) {
    for (String id : rule.identifiers()) {
      String x = a.ids().get(id);
      String y = b.ids().get(id);
      if (x != null && y != null) {
        return x.equals(y) ? id : CONFLICT;
      }
    }
    return a.personKey().equals(b.personKey()) ? DuplicateExpertRule.NAME : null;
  }

  private record Link(int a, int b, int rank) {}

  private static void people(
      List<Listing> namesakes,
      DuplicateExpertRule rule,
      Set<String> keys,
      List<ExpertListing> out) {
    int n = namesakes.size();
    List<Link> links = new ArrayList<>();
    boolean[][] conflict = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        String s = link(namesakes.get(i), namesakes.get(j), rule);
        if (CONFLICT.equals(s)) {
          conflict[i][j] = true;
          conflict[j][i] = true;
        } else if (s != null && rule.flags(s)) {
          links.add(new Link(i, j, rule.rank(s)));
        }
      }
    }
    links.sort(Comparator.comparingInt(Link::rank));
    int[] root = new int[n];
    int[] weakest = new int[n];
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < n; i++) {
      root[i] = i;
      members.put(i, new ArrayList<>(List.of(i)));
    }
    for (Link l : links) {
      int x = root[l.a()];
      int y = root[l.b()];
      if (x == y || conflicting(members.get(x), members.get(y), conflict)) {
        continue;
      }
      int keep = Math.min(x, y);
      int gone = Math.max(x, y);
      members.get(gone).forEach(m -> root[m] = keep);
      members.get(keep).addAll(members.remove(gone));
      weakest[keep] = Math.max(Math.max(weakest[x], weakest[y]), l.rank());
    }
    for (Map.Entry<Integer, List<Integer>> e : new TreeMap<>(members).entrySet()) {
      List<Listing> person = e.getValue().stream().sorted().map(namesakes::get).toList();
      if (person.stream().map(Listing::orgId).distinct().count() >= rule.minOrganizations()) {
        String key = unique(person.get(0).personKey(), keys);
        String match = rule.strengths().get(weakest[e.getKey()]);
        person.forEach(l -> out.add(l.row().asPerson(key, match)));
      }
    }
  }

  private static boolean conflicting(List<Integer> xs, List<Integer> ys, boolean[][] conflict) {
    for (int x : xs) {
      for (int y : ys) {
        if (conflict[x][y]) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code key}, or {@code key #2}, {@code key #3}… when another person already has it. */
  private static String unique(String key, Set<String> taken) {
    String out = key;
    for (int i = 2; !taken.add(out); i++) {
      out = key + " #" + i;
    }
    return out;
  }
}
