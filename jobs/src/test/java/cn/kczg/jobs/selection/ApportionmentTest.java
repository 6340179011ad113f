package cn.kczg.jobs.selection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.selection.Apportionment.Claim;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ApportionmentTest {
  private static final int NO_CAP = Integer.MAX_VALUE;

  private static List<Claim> claims(long... weights) {
    String[] names = {"A", "B", "C", "D", "E", "F"};
    return java.util.stream.IntStream.range(0, weights.length)
        .mapToObj(i -> new Claim(names[i], weights[i], NO_CAP, i + 1))
        .toList();
  }

  @Test
  void hamiltonMatchesTheTextbookHareExample() {
    // 100,000 votes, 10 seats, Hare quota 10,000: quotas 4.7 1.6 1.58 1.2 0.61 0.31; floors 4 1 1 1
    // 0 0 give 7;
    // the three largest remainders (.7 A, .61 E, .6 B) get the last three seats.
    var out = Apportionment.hamilton(10, claims(47_000, 16_000, 15_800, 12_000, 6_100, 3_100));
    assertThat(out.seats()).isEqualTo(Map.of("A", 5, "B", 2, "C", 1, "D", 1, "E", 1, "F", 0));
    assertThat(out.ties()).isEmpty();
  }

  @Test
  void dhondtMatchesTheTextbookExample() {
    // 8 seats, votes 100k 80k 30k 20k: quotients give A 4, B 3, C 1, D 0.
    var out = Apportionment.dhondt(8, claims(100_000, 80_000, 30_000, 20_000));
    assertThat(out.seats()).isEqualTo(Map.of("A", 4, "B", 3, "C", 1, "D", 0));
    assertThat(out.ties()).isEmpty();
  }

  @Test
  void hamiltonTieGoesToTheBetterRankedCandidateAndIsReported() {
    // 2 seats over 3 equal weights: quotas .667 each, floors 0, remainders equal; the two best
    // tie ranks (A 1, B 2) win, and the tie between B and C for the last seat is reported.
    var out = Apportionment.hamilton(2, claims(1, 1, 1));
    assertThat(out.seats()).isEqualTo(Map.of("A", 1, "B", 1, "C", 0));
    assertThat(out.ties())
        .singleElement()
        .asString()
        .contains("B与C余数相同")
        .contains("最好的候选排名较前（2 < 3）");
  }

  @Test
  void dhondtTieIsBrokenByWeightThenRankAndReported() {
    // Weights 4 and 2, 2 seats: A takes seat 1 (4 > 2); seat 2: A 4/2 = 2 vs B 2/1 = 2, a tie,
    // broken by the larger weight: A.
    var out = Apportionment.dhondt(2, claims(4, 2));
    assertThat(out.seats()).isEqualTo(Map.of("A", 2, "B", 0));
    assertThat(out.ties()).singleElement().asString().contains("A、B平均数相同").contains("权重较大（4 > 2）");
  }

  @Test
  void capsAreRespectedAndTheRestRedistributed() {
    // 10 seats, weights 8 1 1, A capped at 5: A 5, then 5 seats over B and C (2.5 each) → tie at
    // .5,
    // B wins by rank.
    List<Claim> claims =
        List.of(new Claim("A", 8, 5, 1), new Claim("B", 1, 10, 2), new Claim("C", 1, 10, 3));
    var out = Apportionment.hamilton(10, claims);
    assertThat(out.seats()).isEqualTo(Map.of("A", 5, "B", 3, "C", 2));
    assertThat(Apportionment.dhondt(10, claims).seats().get("A")).isEqualTo(5);
  }

  @Test
  void neverGivesMoreSeatsThanCapsAllow() {
    List<Claim> claims = List.of(new Claim("A", 3, 1, 1), new Claim("B", 3, 1, 2));
    assertThat(Apportionment.hamilton(10, claims).seats()).isEqualTo(Map.of("A", 1, "B", 1));
    assertThat(Apportionment.dhondt(10, claims).seats()).isEqualTo(Map.of("A", 1, "B", 1));
  }
}
