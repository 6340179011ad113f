package cn.kczg.jobs.selection;

import cn.kczg.schemas.messages.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads a number of seats over claimants in proportion to their weights, each capped, by the
 * largest-remainder method (Hamilton) or by highest averages (D'Hondt). Arithmetic is exact
 * (integers, fractions compared by cross-multiplication).
 *
 * <p><b>Ties</b> (equal remainders, or equal averages) are broken by: the larger weight, then the
 * claimant whose best candidate ranks higher ({@link Claim#tieRank()}, lower is better), then the
 * name in Unicode order. Every tie that decided who gets a seat is reported in words.
 *
 * <p>Example (Hamilton, 10 seats, weights A 6, B 3, C 1): quotas 6, 3, 1 — exact, no remainders.
 * With weights 5, 3, 2 and 7 seats: quotas 3.5, 2.1, 1.4 → floors 3, 2, 1 and the last seat goes to
 * A (remainder .5).
 */
public final class Apportionment {
  private Apportionment() {}

  /** One claimant: its weight (e.g. qualifying organizations), its cap, and its tie rank. */
  public record Claim(String name, long weight, int cap, int tieRank) {}

  /** Seats per claimant (in the claims' order) and the ties that were broken. */
  public record Outcome(Map<String, Integer> seats, List<String> ties) {}

  private static final Comparator<Claim> TIE_ORDER =
      Comparator.comparingLong(Claim::weight)
          .reversed()
          .thenComparingInt(Claim::tieRank)
          .thenComparing(Claim::name);

  /**
   * Largest remainder with caps: a claimant over its cap is fixed at the cap and the rest redone.
   */
  public static Outcome hamilton(int seats, List<Claim> claims) {
    Map<String, Integer> result = new LinkedHashMap<>();
    claims.forEach(c -> result.put(c.name(), 0));
    List<Claim> open =
        new ArrayList<>(claims.stream().filter(c -> c.weight() > 0 && c.cap() > 0).toList());
    List<String> ties = new ArrayList<>();
    int left = (int) Math.min(seats, open.stream().mapToLong(Claim::cap).sum());
    while (left > 0 && !open.isEmpty()) {
      List<String> roundTies = new ArrayList<>();
      Map<String, Integer> round = largestRemainder(left, open, roundTies);
      List<Claim> over = open.stream().filter(c -> round.get(c.name()) > c.cap()).toList();
      if (over.isEmpty()) {
        round.forEach((k, v) -> result.merge(k, v, Integer::sum));
        ties.addAll(roundTies);
        break;
      }
      for (Claim c : over) {
        result.put(c.name(), c.cap());
        left -= c.cap();
        open.remove(c);
      }
    }
    return new Outcome(result, ties);
  }

  private static Map<String, Integer> largestRemainder(
      int seats, List<Claim> claims, List<String> ties) {
    long total = claims.stream().mapToLong(Claim::weight).sum();
    Map<String, Integer> out = new LinkedHashMap<>();
    Map<String, Long> remainder = new LinkedHashMap<>();
    int given = 0;
    for (Claim c : claims) {
      long numerator = seats * c.weight();
      out.put(c.name(), (int) (numerator / total));
      remainder.put(c.name(), numerator % total);
      given += (int) (numerator / total);
    }
    List<Claim> order = new ArrayList<>(claims);
    order.sort(
        Comparator.comparingLong((Claim c) -> remainder.get(c.name()))
            .reversed()
            .thenComparing(TIE_ORDER));
    int extra = seats - given;
    for (int i = 0; i < extra; i++) {
      out.merge(order.get(i).name(), 1, Integer::sum);
    }
    if (extra > 0 && extra < order.size()) {
      Claim lastIn = order.get(extra - 1);
      Claim firstOut = order.get(extra);
      if (remainder.get(lastIn.name()).equals(remainder.get(firstOut.name()))) {
        ties.add(
            Messages.current()
                .text(
                    "apportionment.hamilton_tie",
                    lastIn.name(),
                    firstOut.name(),
                    remainder.get(lastIn.name()) + "/" + total,
                    reason(lastIn, firstOut)));
      }
    }
    return out;
  }

  /** Highest averages: each seat goes to the largest weight / (seats so far + 1), within caps. */
  public static Outcome dhondt(int seats, List<Claim> claims) {
    Map<String, Integer> result = new LinkedHashMap<>();
    claims.forEach(c -> result.put(c.name(), 0));
    List<String> ties = new ArrayList<>();
    for (int left = seats; left > 0; left--) {
      List<Claim> open =
          claims.stream().filter(c -> c.weight() > 0 && result.get(c.name()) < c.cap()).toList();
      if (open.isEmpty()) {
        break;
      }
      Comparator<Claim> byAverage =
          (a, b) ->
              Long.compare(
                  b.weight() * (result.get(a.name()) + 1), a.weight() * (result.get(b.name()) + 1));
      List<Claim> order = new ArrayList<>(open);
      order.sort(byAverage.thenComparing(TIE_ORDER));
      Claim winner = order.get(0);
      List<Claim> tied = order.stream().filter(c -> byAverage.compare(c, winner) == 0).toList();
      if (tied.size() > left) {
        ties.add(
            Messages.current()
                .text(
                    "apportionment.dhondt_tie",
                    Messages.current().list(tied.stream().map(Claim::name).toList()),
                    left,
                    winner.name(),
                    reason(winner, tied.get(1))));
      }
      result.merge(winner.name(), 1, Integer::sum);
    }
    return new Outcome(result, ties);
  }

  private static String reason(Claim winner, Claim loser) {
    Messages m = Messages.current();
    if (winner.weight() != loser.weight()) {
      return m.text("apportionment.by_weight", winner.weight(), loser.weight());
    }
    if (winner.tieRank() != loser.tieRank()) {
      return m.text("apportionment.by_rank", winner.tieRank(), loser.tieRank());
    }
    return m.text("apportionment.by_name");
  }
}
