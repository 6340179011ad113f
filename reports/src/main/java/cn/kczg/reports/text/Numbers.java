package cn.kczg.reports.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formats that do not depend on the machine's locale.
 *
 * <p>Example: {@code fourDecimals(0.66666) == "0.6667"}, {@code fourDecimals(1) == "1.0000"}.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * Exactly four decimals, rounded half up from the shortest decimal that reads back as the double
   * (so 0.66665 gives 0.6667, as a person would round it).
   */
  public static String fourDecimals(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  /** A percentage with one decimal, e.g. {@code 0.8125 -> "81.3%"}. */
  public static String percent(double fraction) {
    return BigDecimal.valueOf(fraction)
            .movePointRight(2)
            .setScale(1, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }
}
