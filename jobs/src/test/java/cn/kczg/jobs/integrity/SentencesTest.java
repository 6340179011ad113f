package cn.kczg.jobs.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SentencesTest {
  private static final LocalDate DAY = LocalDate.of(2022, 7, 10);

  @Test
  void burstSaysTheDayTheUsualRateAndTheFigureWithoutIt() {
    assertThat(Sentences.burst(ItemKind.NEWS, 27, DAY, 0, 2, 51, 30))
        .isEqualTo(
            "资讯: 27 items on 2022-07-10, usual 0-2 a day; without them 24 of 30 (target met only with them)");
    assertThat(Sentences.burst(ItemKind.NEWS, 12, DAY, 1, 1, 45, 30))
        .isEqualTo(
            "资讯: 12 items on 2022-07-10, usual 1 a day; without them 33 of 30 (target met either way)");
    assertThat(Sentences.burst(ItemKind.ACHIEVEMENTS, 10, DAY, 0, 0, 20, 30))
        .endsWith("without them 10 of 30 (target not met either way)");
  }

  @Test
  void paddedTitlesQuoteTheTitlesAndGiveTheDistinctCount() {
    List<String> titles = List.of(Sentences.quoted("技术交流会", 5));
    assertThat(Sentences.paddedTitles(ItemKind.NEWS, 5, 1, titles, 30, 26, 30, 30, false))
        .isEqualTo(
            "资讯: 5 items repeat 1 title (“技术交流会” ×5); distinct titles 26 of 30 (target met only with them)");
    assertThat(Sentences.paddedTitles(ItemKind.NEWS, 5, 1, titles, 26, 26, 30, 30, true))
        .endsWith("the rulebook counts distinct titles only: 26 of 30 (30 without the rule)");
  }

  @Test
  void longTitlesAreCutAtSixteenCharacters() {
    assertThat(Sentences.quoted("技术中心举办“科创中国”平台入驻培训", 3)).isEqualTo("“技术中心举办“科创中国”平台入驻…” ×3");
  }

  @Test
  void duplicateExpertsNameThePeopleAndTheCountOnce() {
    assertThat(
            Sentences.duplicateExperts(
                1, List.of("王伟 (教授, 材料科学) also under 乙公司"), 10, 9, 10, 10, false))
        .isEqualTo(
            "专家: 1 expert also listed under other organizations (王伟 (教授, 材料科学) also under 乙公司);"
                + " counted once 9 of 10 (target met only with them)");
  }

  @Test
  void matchSaysWhichIdentifierAgreedOrThatOnlyTheNameDid() {
    assertThat(Sentences.match("id_number")).isEqualTo("matched on ID number");
    assertThat(Sentences.match("phone")).isEqualTo("matched on phone");
    assertThat(Sentences.match("email")).isEqualTo("matched on e-mail");
    assertThat(Sentences.match("name")).isEqualTo("matched on name, title and field only");
  }

  @Test
  void withdrawalSaysWhenATargetWasLost() {
    assertThat(
            Sentences.withdrawn(
                ItemKind.NEWS, 4, LocalDate.of(2022, 7, 4), LocalDate.of(2022, 7, 11), 30, 26, 30))
        .isEqualTo(
            "资讯: 4 items counted on 2022-07-04 withdrawn by 2022-07-11; 30 of 30 then, 26 of 30 after"
                + " (target met, then missed)");
    assertThat(
            Sentences.withdrawn(
                ItemKind.ACTIVITIES,
                1,
                LocalDate.of(2022, 7, 4),
                LocalDate.of(2022, 7, 11),
                4,
                3,
                1))
        .isEqualTo(
            "活动: 1 item counted on 2022-07-04 withdrawn by 2022-07-11; 4 of 1 then, 3 of 1 after");
  }
}
