package cn.kczg.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class PhonesTest {
  @Test
  void aMobileKeepsItsFirstThreeAndLastFourDigits() {
    assertThat(Phones.mask("13812345678")).isEqualTo("138****5678");
  }

  @Test
  void aLandlineKeepsItsAreaCodeAndLastFourDigits() {
    assertThat(Phones.mask("0734-8839102")).isEqualTo("0734-***9102");
  }

  @Test
  void emptyAndNullStayEmpty() {
    assertThat(Phones.mask(null)).isEmpty();
    assertThat(Phones.mask("")).isEmpty();
  }

  @Test
  void freeTextMasksPhonesButNotDatesOrIds() {
    String raw = "A77,20220701,13812345678,电话0734-8839102,2022-07-01";
    assertThat(Phones.maskWithin(raw))
        .isEqualTo("A77,20220701,138****5678,电话0734-***9102,2022-07-01");
  }
}
