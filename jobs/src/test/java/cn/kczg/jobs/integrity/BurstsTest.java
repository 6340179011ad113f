package cn.kczg.jobs.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.kczg.jobs.integrity.IntegrityEvidence.DayCount;
import cn.kczg.schemas.integrity.BurstRule;
import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import org.junit.jupiter.api.Test;

final class BurstsTest {
  private static final BurstRule RULE = new BurstRule(true, 28, 2, 5, 10, true, true);
  private static final LocalDate DROP = LocalDate.of(2022, 7, 11);
  private static final NavigableSet<LocalDate> EXAMINED = Bursts.examinedDays(List.of(DROP), 2);

  private static List<DayCount> series(String org, int[] daily, int lastDay) {
    List<DayCount> out = new ArrayList<>();
    for (int i = 0; i < daily.length; i++) {
      out.add(
          new DayCount(org, ItemKind.NEWS, DROP.minusDays(daily.length - i), daily[i], List.of()));
    }
    out.add(new DayCount(org, ItemKind.NEWS, DROP.minusDays(0), lastDay, List.of("x")));
    return out;
  }

  @Test
  void examinesEachAnchorAndTheWindowDaysBeforeIt() {
    assertThat(EXAMINED).containsExactly(LocalDate.of(2022, 7, 9), LocalDate.of(2022, 7, 10), DROP);
  }

  @Test
  void eachDropsPeriodIsEveryDayAfterTheDropBeforeUpToIt() {
    assertThat(Bursts.periodDays(List.of(DROP.minusDays(3), DROP)))
        .containsExactly(DROP.minusDays(2), DROP.minusDays(1), DROP);
    assertThat(Bursts.periodDays(List.of(DROP))).as("the first drop has no period").isEmpty();
  }

  @Test
  void sincePreviousDropExaminesTheWholeWeekADropCounted() {
    LocalDate before = DROP.minusWeeks(1);
    NavigableSet<LocalDate> week = IntegrityRun.examined(RULE, DROP, List.of(before, DROP), null);
    assertThat(week).contains(DROP.minusDays(3), DROP.minusDays(6), before, before.minusDays(2));
    assertThat(week).doesNotContain(before.minusDays(3));
    NavigableSet<LocalDate> window =
        IntegrityRun.examined(
            new BurstRule(true, 28, 2, 5, 10, false, true), DROP, List.of(before, DROP), null);
    assertThat(window).doesNotContain(DROP.minusDays(3));
  }

  @Test
  void burstThreeDaysBeforeTheNewestDropIsFound() {
    // Case (a) of issue 19: 29 news three days before the as-of date, usually 0-2 a day.
    LocalDate burstDay = DROP.minusDays(3);
    List<DayCount> days = new ArrayList<>();
    for (int i = 1; i <= 28; i++) {
      days.add(new DayCount("A", ItemKind.NEWS, burstDay.minusDays(i), i % 3, List.of()));
    }
    days.add(new DayCount("A", ItemKind.NEWS, burstDay, 29, List.of("ZX1")));
    NavigableSet<LocalDate> examined =
        IntegrityRun.examined(RULE, DROP, List.of(DROP.minusWeeks(1), DROP), null);
    assertThat(Bursts.find(days, examined, RULE))
        .singleElement()
        .satisfies(b -> assertThat(b.day()).isEqualTo(burstDay));
  }

  @Test
  void dayFarAboveTheUsualRateIsABurst() {
    List<Bursts.Burst> found =
        Bursts.find(series("A", new int[] {0, 1, 2, 1, 0, 1, 2}, 27), EXAMINED, RULE);
    assertThat(found)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.day()).isEqualTo(DROP);
              assertThat(b.count()).isEqualTo(27);
              assertThat(b.usualLow()).isZero();
            });
  }

  @Test
  void belowMinCountIsNeverABurstEvenFromZero() {
    assertThat(Bursts.find(series("A", new int[] {0, 0, 0}, 9), EXAMINED, RULE)).isEmpty();
  }

  @Test
  void steadyHighRateWithinItsCountingNoiseIsNotABurst() {
    // Usual 15 a day, MAD 1: the spread is √15 = 3.87, so the threshold is 15 + 5 × 3.87 = 34.4.
    int[] steady = new int[28];
    for (int i = 0; i < steady.length; i++) {
      steady[i] = i % 2 == 0 ? 14 : 16;
    }
    assertThat(Bursts.find(series("S", steady, 34), EXAMINED, RULE)).isEmpty();
    assertThat(Bursts.find(series("S", steady, 35), EXAMINED, RULE)).hasSize(1);
    BurstRule madOnly = new BurstRule(true, 28, 2, 5, 10, true, false);
    assertThat(Bursts.find(series("S", steady, 20), EXAMINED, madOnly)).isEmpty();
    assertThat(Bursts.find(series("S", steady, 21), EXAMINED, madOnly)).hasSize(1);
  }

  @Test
  void dayOutsideTheWindowIsNotExamined() {
    List<DayCount> early =
        List.of(new DayCount("A", ItemKind.NEWS, DROP.minusDays(5), 50, List.of()));
    assertThat(Bursts.find(early, EXAMINED, RULE)).isEmpty();
  }

  @Test
  void candidatesAreTheSeriesWithAnExaminedDayAtMinCountFromTheLookbackOn() {
    List<DayCount> days = new ArrayList<>(series("A", new int[] {3, 1}, 12));
    days.add(new DayCount("B", ItemKind.NEWS, DROP, 9, List.of()));
    days.add(new DayCount("C", ItemKind.NEWS, DROP.minusDays(5), 50, List.of()));
    days.add(new DayCount("A", ItemKind.NEWS, DROP.minusDays(40), 1, List.of()));
    days.add(new DayCount("A", ItemKind.DEMANDS, DROP.minusDays(1), 2, List.of()));
    assertThat(Bursts.candidates(days, EXAMINED, RULE, DROP.minusDays(30)))
        .as("B below min_count, C outside the window, A's other kind and days before the lookback")
        .extracting(DayCount::orgId, DayCount::kind, DayCount::count)
        .containsExactly(
            tuple("A", ItemKind.NEWS, 3),
            tuple("A", ItemKind.NEWS, 1),
            tuple("A", ItemKind.NEWS, 12));
  }
}
