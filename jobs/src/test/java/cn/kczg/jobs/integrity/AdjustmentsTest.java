package cn.kczg.jobs.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.integrity.IntegrityEvidence.ExpertListing;
import cn.kczg.jobs.integrity.IntegrityEvidence.TitleCopies;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class AdjustmentsTest {
  private static final IntegrityEvidence EVIDENCE =
      new IntegrityEvidence(
          List.of(listing("A", "e1", 15), listing("B", "e2", 1), listing("C", "e3", 1)),
          List.of(new TitleCopies("A", ItemKind.NEWS, "交流会", 5, List.of(), "交流会")),
          List.of(),
          List.of());

  private static ExpertListing listing(String org, String id, int day) {
    return new ExpertListing(
        "王伟|教授|材料", "王伟", "教授", "材料", org, id, LocalDate.of(2022, 6, day), "name");
  }

  @Test
  void noPolicyDeductsNothing() {
    assertThat(Adjustments.of(EVIDENCE, false, false).isEmpty()).isTrue();
  }

  @Test
  void personCountsOnceForTheEarliestListingThenTheSmallerOrgId() {
    Adjustments once = Adjustments.of(EVIDENCE, true, false);
    assertThat(once.deduction("B", ItemKind.EXPERTS))
        .as("earliest, smaller id: keeps him")
        .isZero();
    assertThat(once.deduction("C", ItemKind.EXPERTS)).isEqualTo(1);
    assertThat(once.deduction("A", ItemKind.EXPERTS)).isEqualTo(1);
    assertThat(once.deduction("A", ItemKind.NEWS)).isZero();
  }

  @Test
  void distinctTitlesKeepOneItemPerTitle() {
    Adjustments distinct = Adjustments.of(EVIDENCE, false, true);
    assertThat(distinct.apply("A", IndicatorCounts.of(3, 0, 0, 30, 1)))
        .isEqualTo(IndicatorCounts.of(3, 0, 0, 26, 1));
    assertThat(distinct.apply("B", IndicatorCounts.of(3, 0, 0, 30, 1)))
        .isEqualTo(IndicatorCounts.of(3, 0, 0, 30, 1));
  }
}
