package cn.kczg.reports.summary;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.QuarantineRow;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.SampleModels;
import cn.kczg.schemas.messages.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

final class QuarantineImpactTest {
  private static final ReportModel MODEL = SampleModels.decisions();

  @Test
  void theSameBadRowDeliveredInSeveralDropsIsOneProblemWithEveryDrop() {
    QuarantineImpact impact = QuarantineImpact.of(MODEL);
    assertThat(MODEL.quarantine()).hasSize(5);
    assertThat(impact.problems()).hasSize(4);
    QuarantineImpact.Problem missingId = impact.problems("MISSING_ID").get(0);
    assertThat(missingId.drops()).containsExactly("2022-07-04", "2022-07-11");
    assertThat(missingId.rows()).extracting(QuarantineRow::line).containsExactly(653L, 654L);
  }

  @Test
  void eachRowThatBlocksATargetNamesTheOrganizationAndWhatFixingItChanges() {
    QuarantineImpact impact = QuarantineImpact.of(MODEL);
    List<QuarantineImpact.Problem> blocking =
        impact.problems().stream().filter(QuarantineImpact.Problem::blocks).toList();
    assertThat(blocking)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.impact()).contains(p.org().orgName(), "→"));
    assertThat(impact.problems().get(0).impact())
        .as("the blocking problems come first")
        .isEqualTo("耒阳市天成机电设备有限公司（E005）：补上后 需求 2/3 → 3/3，全部达标");
    assertThat(impact.problems("UNKNOWN_ORG").get(0).impact())
        .isEqualTo("若确认为湖南华菱衡阳钢管有限公司（E003）：补上后 资讯 26/30 → 27/30，仍未达标");
  }

  @Test
  void aRowOfATargetAlreadyMetSaysFixingItChangesNothing() {
    QuarantineImpact.Problem badDate = QuarantineImpact.of(MODEL).problems("BAD_DATE").get(0);
    assertThat(badDate.blocks()).isFalse();
    assertThat(badDate.impact()).isEqualTo("耒阳市天成机电设备有限公司（E005）：成果 6/6 已达标，修正不改变结果");
  }

  @Test
  void aRowOfNoKnownOrganizationHasNoImpactSentence() {
    assertThat(QuarantineImpact.of(MODEL).problems("NO_ORG").get(0).impact()).isEmpty();
  }

  @Test
  void inEnglishTheSameSentencesAreEnglish() {
    QuarantineImpact impact = QuarantineImpact.of(MODEL.withLanguage(Language.EN));
    assertThat(impact.problems().get(0).impact())
        .isEqualTo("耒阳市天成机电设备有限公司 (E005): fixed, demands 2/3 → 3/3, every target met");
  }
}
