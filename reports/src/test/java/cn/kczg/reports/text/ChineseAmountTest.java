package cn.kczg.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ChineseAmountTest {
  @ParameterizedTest
  @CsvSource({
    "100000, 壹拾万元整",
    "50000, 伍万元整",
    "0, 零元整",
    "10010, 壹万零壹拾元整",
    "1005.5, 壹仟零伍元伍角",
    "100000000, 壹亿元整",
    "100200300, 壹亿零贰拾万零叁佰元整",
    "0.05, 伍分",
    "3.07, 叁元零柒分"
  })
  void amountsAreWrittenInCapitalsAsFinancialFormsRequire(BigDecimal amount, String capitals) {
    assertThat(ChineseAmount.of(amount)).isEqualTo(capitals);
  }
}
