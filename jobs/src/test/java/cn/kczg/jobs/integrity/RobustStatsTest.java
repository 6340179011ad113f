package cn.kczg.jobs.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class RobustStatsTest {
  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(RobustStats.median(new int[] {3, 1, 2})).isEqualTo(2.0);
    assertThat(RobustStats.median(new int[] {4, 1, 2, 3})).isEqualTo(2.5);
    assertThat(RobustStats.median(new int[] {})).isZero();
  }

  @Test
  void oneWildDayBarelyMovesMedianAndMad() {
    int[] days = {0, 1, 0, 2, 1, 40};
    assertThat(RobustStats.median(days)).isEqualTo(1.0);
    assertThat(RobustStats.mad(days)).isEqualTo(1.0);
  }

  @Test
  void madOfAFlatSeriesIsZeroSoTheThresholdUsesAFloorOfOne() {
    int[] flat = {15, 15, 15, 15};
    assertThat(RobustStats.mad(flat)).isZero();
    assertThat(RobustStats.threshold(flat, 5)).isEqualTo(20.0);
  }

  @Test
  void thresholdIsMedianPlusKMads() {
    int[] alternating = {14, 16, 14, 16, 14, 16};
    assertThat(RobustStats.median(alternating)).isEqualTo(15.0);
    assertThat(RobustStats.mad(alternating)).isEqualTo(1.0);
    assertThat(RobustStats.threshold(alternating, 5)).isEqualTo(20.0);
    int[] wide = {0, 0, 4, 4, 8, 8, 4};
    assertThat(RobustStats.threshold(wide, 3)).isEqualTo(4 + 3 * 4.0);
  }

  @Test
  void countingNoiseFloorsTheSpreadAtTheSquareRootOfTheMedian() {
    int[] busy = {24, 25, 25, 26, 25, 24, 26, 25};
    assertThat(RobustStats.mad(busy)).isEqualTo(0.5);
    assertThat(RobustStats.threshold(busy, 5, false)).isEqualTo(30.0);
    assertThat(RobustStats.threshold(busy, 5, true)).isEqualTo(50.0);
    int[] quiet = {0, 1, 2, 1, 0};
    assertThat(RobustStats.threshold(quiet, 5, true)).as("floor of 1 still").isEqualTo(6.0);
  }

  @Test
  void nearestRankPercentiles() {
    int[] days = {0, 0, 0, 1, 1, 1, 2, 2, 2, 9};
    assertThat(RobustStats.percentile(days, 10)).isZero();
    assertThat(RobustStats.percentile(days, 90)).isEqualTo(2);
    assertThat(RobustStats.percentile(days, 100)).isEqualTo(9);
  }
}
