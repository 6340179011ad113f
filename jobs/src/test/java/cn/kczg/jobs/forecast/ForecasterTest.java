package cn.kczg.jobs.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.result.IndicatorForecast;
import cn.kczg.schemas.result.OrgProgress;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ForecasterTest {
  private static final LocalDate W1 = LocalDate.of(2022, 6, 27);
  private static final LocalDate W2 = LocalDate.of(2022, 7, 4);
  private static final LocalDate W3 = LocalDate.of(2022, 7, 11);
  private static final LocalDate DEADLINE = LocalDate.of(2022, 7, 29);
  private static final IndicatorCounts TARGETS = IndicatorCounts.of(10, 6, 3, 30, 1);

  private static OrgProgress org(IndicatorCounts now) {
    return new OrgProgress("E1", "企业一", "企业", "", "", "", now, TARGETS, false, 0, 0, 1, null);
  }

  private static IndicatorForecast news(
      IndicatorCounts w1, IndicatorCounts w2, IndicatorCounts w3) {
    Map<LocalDate, Map<String, IndicatorCounts>> history =
        Map.of(W1, Map.of("E1", w1), W2, Map.of("E1", w2), W3, Map.of("E1", w3));
    return new Forecaster(4)
        .forecast(List.of(org(w3)), history, W3, DEADLINE).stream()
            .filter(f -> f.kind() == ItemKind.NEWS)
            .findFirst()
            .orElseThrow();
  }

  @Test
  void steadyPaceProjectsTheDayTheTargetIsReached() {
    // news 18, 22, 26 a week apart: 4 a week; 4 missing → 7 days → 2022-07-18, before the deadline.
    IndicatorForecast f =
        news(
            IndicatorCounts.of(10, 6, 3, 18, 1),
            IndicatorCounts.of(10, 6, 3, 22, 1),
            IndicatorCounts.of(10, 6, 3, 26, 1));
    assertThat(f.weeklyPace()).isEqualTo(4.0);
    assertThat(f.projected()).isEqualTo(LocalDate.of(2022, 7, 18));
    assertThat(f.onTime()).isTrue();
  }

  @Test
  void slowPaceIsLateAndNoPaceHasNoDate() {
    // news 20, 21, 22: 1 a week; 8 missing → 56 days → 2022-09-05, after 2022-07-29.
    IndicatorForecast slow =
        news(
            IndicatorCounts.of(10, 6, 3, 20, 1),
            IndicatorCounts.of(10, 6, 3, 21, 1),
            IndicatorCounts.of(10, 6, 3, 22, 1));
    assertThat(slow.projected()).isEqualTo(LocalDate.of(2022, 9, 5));
    assertThat(slow.onTime()).isFalse();
    IndicatorForecast stuck =
        news(
            IndicatorCounts.of(10, 6, 3, 22, 1),
            IndicatorCounts.of(10, 6, 3, 22, 1),
            IndicatorCounts.of(10, 6, 3, 22, 1));
    assertThat(stuck.projected()).isNull();
    assertThat(stuck.onTime()).isFalse();
  }

  @Test
  void metTargetsAreOnTimeWhateverThePace() {
    IndicatorForecast met =
        news(
            IndicatorCounts.of(10, 6, 3, 35, 1),
            IndicatorCounts.of(10, 6, 3, 33, 1),
            IndicatorCounts.of(10, 6, 3, 31, 1));
    assertThat(met.met()).isTrue();
    assertThat(met.onTime()).isTrue();
    assertThat(met.weeklyPace()).isZero();
  }
}
