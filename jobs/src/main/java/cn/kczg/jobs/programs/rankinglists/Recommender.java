package cn.kczg.jobs.programs.rankinglists;

import java.util.List;

/**
 * A recommender with the channels that give it quota.
 *
 * @param name the name as first written
 * @param channels its known ordinary channels, in the rulebook's order
 * @param pioneer true when it is a previous year's pioneer
 */
public record Recommender(String name, List<String> channels, boolean pioneer) {
  public Recommender {
    channels = List.copyOf(channels);
  }

  /** Its quota for one list (per field, for a list with fields), with how it was made up. */
  public Quota quota(RankingRules rules, RankingRules.ListRule list) {
    int multiplier = rules.channelsAddUp() ? channels.size() : Math.min(channels.size(), 1);
    int amount = list.quota() * multiplier;
    String per = list.perField() ? " per field" : "";
    String basis =
        channels.isEmpty()
            ? ""
            : list.quota()
                + per
                + " × "
                + multiplier
                + " channel(s) ("
                + String.join(", ", channels)
                + ")";
    RankingRules.PioneerRule p = rules.pioneer();
    if (pioneer && p != null && p.list().equals(list.name())) {
      amount += p.quota();
      basis = (basis.isEmpty() ? "" : basis + " + ") + p.quota() + " as " + p.channel();
    }
    return new Quota(
        amount, basis.isEmpty() ? "0: no channel that may recommend to " + list.name() : basis);
  }

  /** A quota and its make-up, e.g. {@code 5 × 2 channel(s) (全国学会, 中央企业科协)}. */
  public record Quota(int amount, String basis) {}
}
