package cn.kczg.schemas.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TitleKeysTest {
  @Test
  void trailingNumbersAndPunctuationDoNotMakeANewTitle() {
    assertThat(TitleKeys.title("技术交流会（2）")).isEqualTo("技术交流会");
    assertThat(TitleKeys.title("技术交流会 3")).isEqualTo("技术交流会");
    assertThat(TitleKeys.title("技术交流会。")).isEqualTo("技术交流会");
    assertThat(TitleKeys.title(" 技术 交流会-12! ")).isEqualTo("技术交流会");
    assertThat(TitleKeys.title("ＡＩ讲座２")).isEqualTo("ai讲座");
  }

  @Test
  void numbersInsideATitleKeepItApart() {
    assertThat(TitleKeys.title("第2期科普讲座")).isNotEqualTo(TitleKeys.title("第3期科普讲座"));
  }

  @Test
  void titleOfOnlyNumbersKeepsItsDigitsAndBlankIsEmpty() {
    assertThat(TitleKeys.title("2022")).isEqualTo("2022");
    assertThat(TitleKeys.title("  ")).isEmpty();
    assertThat(TitleKeys.title(null)).isEmpty();
  }

  @Test
  void personKeyNormalizesEachPartAndNeedsAName() {
    assertThat(TitleKeys.person("王　伟", "教授 ", "材料科学"))
        .isEqualTo(TitleKeys.person("王伟", "教授", "材料科学"));
    assertThat(TitleKeys.person("王伟", "教授", "材料科学"))
        .isNotEqualTo(TitleKeys.person("王伟", "教授", "生物医药"));
    assertThat(TitleKeys.person("", "教授", "材料科学")).isEmpty();
  }
}
