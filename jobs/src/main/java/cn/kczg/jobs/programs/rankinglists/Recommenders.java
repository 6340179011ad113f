package cn.kczg.jobs.programs.rankinglists;

import cn.kczg.jobs.programs.RowProblem;
import cn.kczg.schemas.text.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves each recommender's channels from its nomination rows: unknown channels are listed and
 * ignored; when rows disagree, the disagreement is listed and only the channels common to all rows
 * count. A recommender declaring the pioneer channel is a pioneer only when the past-winners list
 * holds it on the pioneer rule's list and year (二（一）2: "2022 年入选该榜单的技术经理人先锋人物"); otherwise that is
 * listed and it gets no pioneer quota.
 */
final class Recommenders {
  private Recommenders() {}

  /** Recommenders by normalized name, and the problems found. */
  record Result(Map<String, Recommender> byKey, List<RowProblem> problems) {}

  static String key(String name) {
    return Names.normalize(name).replaceAll("[\"“”'‘’「」『』]", "");
  }

  static Result resolve(
      RankingRules rules,
      List<Nomination> nominations,
      List<NominationReader.PastWinner> winners,
      String channelsColumn) {
    Map<String, List<Nomination>> rows = new LinkedHashMap<>();
    nominations.forEach(
        n -> rows.computeIfAbsent(key(n.recommender()), k -> new ArrayList<>()).add(n));
    Map<String, Recommender> out = new LinkedHashMap<>();
    List<RowProblem> problems = new ArrayList<>();
    rows.forEach(
        (k, list) -> out.put(k, recommender(rules, list, winners, channelsColumn, problems)));
    return new Result(out, problems);
  }

  private static Recommender recommender(
      RankingRules rules,
      List<Nomination> rows,
      List<NominationReader.PastWinner> winners,
      String channelsColumn,
      List<RowProblem> problems) {
    Nomination first = rows.get(0);
    Set<String> common = keys(first.channels());
    for (Nomination n : rows) {
      if (!keys(n.channels()).equals(keys(first.channels()))) {
        problems.add(
            new RowProblem(
                n.file(),
                n.line(),
                channelsColumn,
                first.recommender()
                    + "'s channels differ from line "
                    + first.line()
                    + " ("
                    + String.join("、", n.channels())
                    + " vs "
                    + String.join("、", first.channels())
                    + "); only the channels on all its rows count"));
      }
      common.retainAll(keys(n.channels()));
    }
    List<String> known = new ArrayList<>();
    rules.channels().stream().filter(c -> common.contains(key(c))).forEach(known::add);
    boolean declared = rules.pioneer() != null && common.contains(key(rules.pioneer().channel()));
    boolean pioneer = declared && verified(rules.pioneer(), first.recommender(), winners);
    if (declared && !pioneer) {
      problems.add(
          new RowProblem(
              first.file(),
              first.line(),
              "",
              first.recommender()
                  + " declares "
                  + rules.pioneer().channel()
                  + ", but the past-winners list does not hold "
                  + first.recommender()
                  + " on "
                  + rules.pioneer().list()
                  + " "
                  + rules.pioneer().year()
                  + "; no pioneer quota (二（一）2)"));
    }
    for (String channel : first.channels()) {
      boolean isKnown =
          rules.channels().stream().anyMatch(c -> key(c).equals(key(channel)))
              || (rules.pioneer() != null && key(rules.pioneer().channel()).equals(key(channel)));
      if (!isKnown) {
        problems.add(
            new RowProblem(
                first.file(),
                first.line(),
                channelsColumn,
                "'"
                    + channel
                    + "' is not a known channel ("
                    + String.join(", ", rules.channels())
                    + "); it adds no quota to "
                    + first.recommender()));
      }
    }
    return new Recommender(first.recommender(), known, pioneer);
  }

  /** True when the past winners hold the recommender on the pioneer list in the pioneer year. */
  private static boolean verified(
      RankingRules.PioneerRule rule,
      String recommender,
      List<NominationReader.PastWinner> winners) {
    return winners.stream()
        .anyMatch(
            w ->
                w.key().equals(key(recommender))
                    && w.list().equals(rule.list())
                    && Integer.valueOf(rule.year()).equals(w.year()));
  }

  private static Set<String> keys(List<String> channels) {
    Set<String> out = new LinkedHashSet<>();
    channels.forEach(c -> out.add(key(c)));
    return out;
  }
}
