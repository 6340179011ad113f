package cn.kczg.schemas.counting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.counting.CountingRules.Delivery;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CountingRulesTest {
  private static final LocalDate JUL_4 = LocalDate.of(2022, 7, 4);
  private static final LocalDate JUL_11 = LocalDate.of(2022, 7, 11);

  private static Delivery<String> row(
      String id, LocalDate drop, boolean published, LocalDate date, long line) {
    return new Delivery<>("news", id, drop, published, date, "资讯.csv", line, id + "@" + line);
  }

  private static List<String> counted(List<Delivery<String>> rows, LocalDate asOf) {
    return CountingRules.countedAsOf(rows, asOf).stream().map(Delivery::row).toList();
  }

  @Test
  void latestDropWinsOverEarlierState() {
    List<Delivery<String>> rows =
        List.of(row("A", JUL_4, true, JUL_4, 2), row("A", JUL_11, false, JUL_4, 2));

    assertThat(counted(rows, JUL_11.minusDays(1))).containsExactly("A@2");
    assertThat(counted(rows, JUL_11)).isEmpty();
  }

  @Test
  void aNonPublishedRowWinsWithinOneDrop() {
    List<Delivery<String>> rows =
        List.of(row("B", JUL_11, true, JUL_4, 2), row("B", JUL_11, false, JUL_4, 9));

    assertThat(counted(rows, JUL_11)).isEmpty();
  }

  @Test
  void anItemDatedAfterTheDayDoesNotCountYetAndEachItemCountsOnce() {
    List<Delivery<String>> rows =
        List.of(
            row("C", JUL_11, true, LocalDate.of(2022, 7, 15), 2),
            row("D", JUL_4, true, JUL_4, 3),
            row("D", JUL_11, true, JUL_4, 3),
            row("D", JUL_11, true, JUL_4, 7));

    assertThat(counted(rows, JUL_11)).containsExactly("D@3");
    assertThat(counted(rows, LocalDate.of(2022, 7, 15))).containsExactly("C@2", "D@3");
  }

  @Test
  void dropsAfterTheDayAreNotConsidered() {
    List<Delivery<String>> rows = List.of(row("E", JUL_11, true, JUL_4, 2));

    assertThat(CountingRules.state(rows, JUL_4)).isEmpty();
    assertThat(counted(rows, JUL_4)).isEmpty();
  }
}
