package cn.kczg.jobs.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.integrity.Finding.Consequence;
import cn.kczg.schemas.model.ItemKind;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FindingTest {
  private static Finding finding(String org, Consequence c, int strength, int items, int target) {
    return new Finding(org, "burst", ItemKind.NEWS, "s", "e", c, strength, items, target);
  }

  @Test
  void consequenceSaysWhetherTheTargetIsMetOnlyWithTheFlaggedItems() {
    assertThat(Consequence.of(49, 20, 30)).isEqualTo(Consequence.DECISIVE);
    assertThat(Consequence.of(60, 31, 30)).isEqualTo(Consequence.MET_EITHER_WAY);
    assertThat(Consequence.of(29, 0, 30)).isEqualTo(Consequence.NOT_MET);
  }

  @Test
  void flagsRankMetOnlyWithThemFirstThenLostTargetsThenMetThenStrongerEvidenceThenLargerShare() {
    Finding notMet = finding("A", Consequence.NOT_MET, 0, 29, 30);
    Finding metSmall = finding("B", Consequence.MET_EITHER_WAY, 0, 10, 30);
    Finding metLarge = finding("C", Consequence.MET_EITHER_WAY, 0, 20, 30);
    Finding decisiveWeak = finding("D", Consequence.DECISIVE, 3, 1, 10);
    Finding decisiveStrong = finding("E", Consequence.DECISIVE, 1, 1, 10);
    Finding lost = finding("F", Consequence.LOST, 0, 1, 1);
    assertThat(
            Findings.ranked(
                List.of(notMet, lost, metSmall, metLarge, decisiveWeak, decisiveStrong)))
        .containsExactly(decisiveStrong, decisiveWeak, lost, metLarge, metSmall, notMet);
    assertThat(lost.decisive()).as("a lost target is decisive too").isTrue();
  }
}
