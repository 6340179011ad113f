package cn.kczg.jobs.selection;

import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.result.OrgProgress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks organizations within their category: by the program's score, then the rulebook's tie-breaks
 * (by default completion, then total published items, then organization id), so the same data
 * always gives the same order and no two organizations share a rank.
 */
public final class LeagueTable {
  /** The order of a league table with the counting rules' tie-breaks, best first. */
  public static final Comparator<OrgProgress> ORDER = TieBreaks.order(Rulebook.DEFAULT_TIE_BREAKS);

  private LeagueTable() {}

  /**
   * Ranks rows per category and attaches the rank each had at the previous as-of.
   *
   * @param previousRanks org id to its rank at the previous as-of; absent means new
   * @return rows sorted by category (in {@code categoryOrder}) then rank
   */
  public static List<OrgProgress> rank(
      List<OrgProgress> rows, List<String> categoryOrder, Map<String, Integer> previousRanks) {
    return rank(rows, categoryOrder, previousRanks, ORDER);
  }

  /**
   * Ranks rows per category in the rulebook's order (its categories, its score then its {@code
   * tie_breaks}) and attaches the rank each had at the previous as-of.
   */
  public static List<OrgProgress> rank(
      Rulebook rulebook, List<OrgProgress> rows, Map<String, Integer> previousRanks) {
    return rank(
        rows,
        rulebook.categories().stream().map(c -> c.name()).toList(),
        previousRanks,
        TieBreaks.order(rulebook.tieBreaks()));
  }

  private static List<OrgProgress> rank(
      List<OrgProgress> rows,
      List<String> categoryOrder,
      Map<String, Integer> previousRanks,
      Comparator<OrgProgress> order) {
    List<OrgProgress> sorted = new ArrayList<>(rows);
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < categoryOrder.size(); i++) {
      positions.putIfAbsent(categoryOrder.get(i), i);
    }
    sorted.sort(
        Comparator.comparingInt(
                (OrgProgress p) -> positions.getOrDefault(p.category(), Integer.MAX_VALUE))
            .thenComparing(order));
    Map<String, Integer> next = new HashMap<>();
    List<OrgProgress> out = new ArrayList<>(sorted.size());
    for (OrgProgress p : sorted) {
      int rank = next.merge(p.category(), 1, Integer::sum);
      out.add(p.withRanks(rank, previousRanks.get(p.orgId())));
    }
    return out;
  }

  /** Org id to rank, for use as the next run's previous ranks. */
  public static Map<String, Integer> ranks(List<OrgProgress> ranked) {
    Map<String, Integer> out = new HashMap<>();
    ranked.forEach(p -> out.put(p.orgId(), p.rankInCategory()));
    return out;
  }

  /**
   * League tables per (channel, category): the category order restricted to one channel.
   *
   * @param previous the previous as-of's progress rows (empty when none)
   */
  public static List<cn.kczg.schemas.result.ChannelStanding> byChannel(
      List<OrgProgress> rows, List<OrgProgress> previous) {
    Map<String, Integer> before = channelRanks(previous);
    List<OrgProgress> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparing(OrgProgress::channel)
            .thenComparing(OrgProgress::category)
            .thenComparing(ORDER));
    Map<String, Integer> next = new HashMap<>();
    List<cn.kczg.schemas.result.ChannelStanding> out = new ArrayList<>();
    for (OrgProgress p : sorted) {
      int rank = next.merge(p.channel() + "\u0000" + p.category(), 1, Integer::sum);
      out.add(
          new cn.kczg.schemas.result.ChannelStanding(
              p.channel(),
              p.category(),
              rank,
              p.orgId(),
              before.get(p.channel() + "\u0000" + p.category() + "\u0000" + p.orgId())));
    }
    return out;
  }

  private static Map<String, Integer> channelRanks(List<OrgProgress> rows) {
    Map<String, Integer> out = new HashMap<>();
    for (var s :
        rows.isEmpty()
            ? List.<cn.kczg.schemas.result.ChannelStanding>of()
            : byChannel(rows, List.of())) {
      out.put(s.channel() + "\u0000" + s.category() + "\u0000" + s.orgId(), s.rank());
    }
    return out;
  }
}
