package cn.kczg.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TextRulesTest {
  @Test
  void formulaStartsGetAnApostrophe() {
    for (String s : new String[] {"=1+1", "+86", "-5", "@SUM(A1)", "\tx", "\rx"}) {
      assertThat(FormulaGuard.neutralize(s)).as(s).isEqualTo("'" + s);
    }
    assertThat(FormulaGuard.neutralize("衡阳市科协")).isEqualTo("衡阳市科协");
    assertThat(FormulaGuard.neutralize(null)).isEmpty();
  }

  @Test
  void chineseCharactersCountTwiceInDisplayWidth() {
    assertThat(DisplayWidth.of("衡阳ABC")).isEqualTo(7);
    assertThat(DisplayWidth.of("（盖章）")).isEqualTo(8);
  }

  @Test
  void fourDecimalsRoundHalfUpWhateverTheLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Numbers.fourDecimals(0.66666)).isEqualTo("0.6667");
      assertThat(Numbers.fourDecimals(0.66665)).isEqualTo("0.6667");
      assertThat(Numbers.fourDecimals(1)).isEqualTo("1.0000");
      assertThat(Numbers.fourDecimals(0)).isEqualTo("0.0000");
      assertThat(Numbers.percent(0.8125)).isEqualTo("81.3%");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void workSentenceReadsLikeTheNoticesExample() {
    String s = WorkSentence.of(LocalDate.of(2022, 7, 11), IndicatorCounts.of(12, 8, 3, 31, 2));
    assertThat(s).isEqualTo("截至2022年7月11日，发布专家12人，发布成果8个，发布需求3个，发布资讯31条，组织活动2次。");
    assertThat(s.length()).isLessThanOrEqualTo(WorkSentence.MAX_LENGTH);
  }

  @Test
  void workSentenceStaysWithinTwoHundredCharactersForHugeCounts() {
    int big = Integer.MAX_VALUE;
    String s =
        WorkSentence.of(LocalDate.of(2022, 7, 11), IndicatorCounts.of(big, big, big, big, big));
    assertThat(s.length()).isLessThanOrEqualTo(200);
  }

  @Test
  void shortfallListsWhatIsMissingInKindOrder() {
    Map<ItemKind, Integer> missing =
        Map.of(ItemKind.ACTIVITIES, 1, ItemKind.NEWS, 4, ItemKind.EXPERTS, 0);
    assertThat(Shortfall.describe(Messages.of(Language.ZH), missing)).isEqualTo("资讯差4条、活动差1次");
    assertThat(Shortfall.describe(Messages.of(Language.EN), missing))
        .isEqualTo("news 4 short, activities 1 short");
  }

  @Test
  void fileNamesLoseOnlyForbiddenCharacters() {
    assertThat(FileNames.safe("衡阳/高新区:科协")).isEqualTo("衡阳_高新区_科协");
    assertThat(FileNames.safe("..")).isEqualTo("_.");
    assertThat(FileNames.safe(" ")).isEqualTo("_");
  }
}
