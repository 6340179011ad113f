package cn.kczg.jobs.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sentences in English ({@code --lang en}); the last test shows the Chinese default. */
final class SentencesTest {
  private static final LocalDate DAY = LocalDate.of(2022, 7, 10);

  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  @Test
  void chineseByDefaultEachSentenceIsChinese() {
    Messages.use(Language.ZH);
    assertThat(Sentences.burst(ItemKind.NEWS, 27, DAY, 0, 2, 51, 30))
        .isEqualTo("资讯：2022-07-10一天发布27条，平时每天0-2条；去掉这些后为24/30（只因这些才达标）");
    assertThat(Sentences.withdrawn(ItemKind.NEWS, 4, DAY.minusDays(6), DAY.plusDays(1), 30, 26, 30))
        .isEqualTo("资讯：4条2022-07-04计入、2022-07-11前下架；当时30/30，之后26/30（先达标后未达标）");
  }

  @Test
  void burstSaysTheDayTheUsualRateAndTheFigureWithoutIt() {
    assertThat(Sentences.burst(ItemKind.NEWS, 27, DAY, 0, 2, 51, 30))
        .isEqualTo(
            "news: 27 items on 2022-07-10, usual 0-2 a day; without them 24 of 30 (target met only with them)");
    assertThat(Sentences.burst(ItemKind.NEWS, 12, DAY, 1, 1, 45, 30))
        .isEqualTo(
            "news: 12 items on 2022-07-10, usual 1 a day; without them 33 of 30 (target met either way)");
    assertThat(Sentences.burst(ItemKind.ACHIEVEMENTS, 10, DAY, 0, 0, 20, 30))
        .endsWith("without them 10 of 30 (target not met either way)");
  }

  @Test
  void paddedTitlesQuoteTheTitlesAndGiveTheDistinctCount() {
    List<String> titles = List.of(Sentences.quoted("技术交流会", 5));
    assertThat(Sentences.paddedTitles(ItemKind.NEWS, 5, 1, titles, 30, 26, 30, 30, false))
        .isEqualTo(
            "news: 5 items repeat 1 title (“技术交流会” ×5); distinct titles 26 of 30 (target met only with them)");
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
            "experts: 1 expert also listed under other organizations (王伟 (教授, 材料科学) also under 乙公司);"
                + " counted once 9 of 10 (target met only with them)");
  }

  @Test
  void matchSaysWhichIdentifierAgreedOrThatOnlyTheNameDid() {
    assertThat(Sentences.match("id_number")).isEqualTo(", matched on ID number");
    assertThat(Sentences.match("phone")).isEqualTo(", matched on phone");
    assertThat(Sentences.match("email")).isEqualTo(", matched on e-mail");
    assertThat(Sentences.match("name")).isEqualTo(", matched on name, title and field only");
  }

  @Test
  void withdrawalSaysWhenATargetWasLost() {
    assertThat(
            Sentences.withdrawn(
                ItemKind.NEWS, 4, LocalDate.of(2022, 7, 4), LocalDate.of(2022, 7, 11), 30, 26, 30))
        .isEqualTo(
            "news: 4 items counted on 2022-07-04 withdrawn by 2022-07-11; 30 of 30 then, 26 of 30 after"
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
            "activities: 1 item counted on 2022-07-04 withdrawn by 2022-07-11; 4 of 1 then, 3 of 1 after");
  }
}
