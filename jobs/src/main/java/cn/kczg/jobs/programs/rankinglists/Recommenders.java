package cn.kczg.jobs.programs.rankinglists;

import cn.kczg.jobs.programs.table.RowProblem;
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
 * count.
 */
final class Recommenders {
  private Recommenders() {}

  /** Recommenders by normalized name, and the problems found. */
  record Result(Map<String, Recommender> byKey, List<RowProblem> problems) {}

  static String key(String name) {
    return Names.normalize(name).replaceAll("[\"“”'‘’「」『』]", "");
  }

  static Result resolve(RankingRules rules, List<Nomination> nominations) {
    Map<String, List<Nomination>> rows = new LinkedHashMap<>();
    nominations.forEach(
        n -> rows.computeIfAbsent(key(n.recommender()), k -> new ArrayList<>()).add(n));
    Map<String, Recommender> out = new LinkedHashMap<>();
    List<RowProblem> problems = new ArrayList<>();
    rows.forEach((k, list) -> out.put(k, recommender(rules, list, problems)));
    return new Result(out, problems);
  }

  private static Recommender recommender(
      RankingRules rules, List<Nomination> rows, List<RowProblem> problems) {
    Nomination first = rows.get(0);
    Set<String> common = keys(first.channels());
    for (Nomination n : rows) {
      if (!keys(n.channels()).equals(keys(first.channels()))) {
        problems.add(
            new RowProblem(
                n.file(),
                n.line(),
                NominationReader.CHANNELS.name(),
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
    boolean pioneer = rules.pioneer() != null && common.contains(key(rules.pioneer().channel()));
    for (String channel : first.channels()) {
      boolean isKnown =
          rules.channels().stream().anyMatch(c -> key(c).equals(key(channel)))
              || (rules.pioneer() != null && key(rules.pioneer().channel()).equals(key(channel)));
      if (!isKnown) {
        problems.add(
            new RowProblem(
                first.file(),
                first.line(),
                NominationReader.CHANNELS.name(),
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

  private static Set<String> keys(List<String> channels) {
    Set<String> out = new LinkedHashSet<>();
    channels.forEach(c -> out.add(key(c)));
    return out;
  }
}
