package cn.kczg.jobs.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ProgressTest {
  private static final Rulebook HENGYANG = Rulebooks.builtIn().get("hengyang-2022");

  @Test
  void completionIsTheMeanOfCappedRatios() {
    // experts 12/10 -> 1, achievements 3/6 = .5, demands 3/3 = 1, news 15/30 = .5, activities 0/1 =
    // 0:
    // (1 + .5 + 1 + .5 + 0) / 5 = 0.6
    assertThat(
            Progress.completion(
                IndicatorCounts.of(12, 3, 3, 15, 0), IndicatorCounts.of(10, 6, 3, 30, 1)))
        .isCloseTo(0.6, within(1e-12));
  }

  @Test
  void targetIsMetAtExactlyTheNumber() {
    Organization org =
        new Organization(
            "E", "企业E", null, "企业", null, "", "衡南县科协", null, null, null, null, null, null);
    var rows =
        Progress.compute(HENGYANG, List.of(org), id -> IndicatorCounts.of(10, 6, 3, 30, 1)).rows();
    assertThat(rows)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.metAll()).isTrue();
              assertThat(p.completion()).isEqualTo(1.0);
            });
  }

  @Test
  void universityTargetsDependOnLevel() {
    Organization college =
        new Organization(
            "U1", "某职院", null, "高校", "高职大专", "", "市科协对口工作小组", null, null, null, null, null, null);
    Organization university =
        new Organization(
            "U2", "某大学", null, "高校", "本科", "", "市科协对口工作小组", null, null, null, null, null, null);
    IndicatorCounts counts = IndicatorCounts.of(45, 30, 3, 50, 1);
    var rows = Progress.compute(HENGYANG, List.of(college, university), id -> counts).rows();
    assertThat(rows)
        .extracting(
            p ->
                p.orgId()
                    + ":"
                    + p.metAll()
                    + ":"
                    + p.targets().get(cn.kczg.schemas.model.ItemKind.EXPERTS))
        .containsExactly("U1:true:30", "U2:false:60");
  }

  @Test
  void unknownCategoryAndMissingLevelAreReported() {
    Organization club =
        new Organization(
            "K", "某俱乐部", null, "俱乐部", null, "", "", null, null, null, null, null, null);
    Organization noLevel =
        new Organization("U", "某大学", null, "高校", null, "", "", null, null, null, null, null, null);
    var computed = Progress.compute(HENGYANG, List.of(club, noLevel), id -> IndicatorCounts.zero());
    assertThat(computed.rows()).isEmpty();
    assertThat(computed.problems())
        .containsExactly(
            "K 某俱乐部: 机构类型 '俱乐部' is not a category of hengyang-2022",
            "U 某大学: 办学层次 '' has no targets in hengyang-2022; set it in the registry");
  }
}
