package cn.kczg.reports.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in Chinese capital numerals (大写), as financial forms require: 100000 is {@code
 * 壹拾万元整}, 50000 {@code 伍万元整}, 1005.5 {@code 壹仟零伍元伍角}, 0 {@code 零元整}. Amounts are rounded half up to
 * the fen (分); up to 9999亿 (13 digits of yuan).
 */
public final class ChineseAmount {
  private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String[] SMALL = {"", "拾", "佰", "仟"};
  private static final String[] GROUPS = {"", "万", "亿"};

  private ChineseAmount() {}

  /** The amount in capitals; a negative amount is refused (no form asks for one). */
  public static String of(BigDecimal amount) {
    BigDecimal fen = amount.setScale(2, RoundingMode.HALF_UP);
    if (fen.signum() < 0 || fen.precision() - fen.scale() > 13) {
      throw new IllegalArgumentException("amount out of range: " + amount);
    }
    long yuan = fen.longValue();
    int cents = fen.remainder(BigDecimal.ONE).movePointRight(2).intValue();
    String whole = yuan == 0 ? "零" : integer(yuan);
    if (cents == 0) {
      return whole + "元整";
    }
    String jiao = cents / 10 == 0 ? "零" : DIGITS.charAt(cents / 10) + "角";
    String fenText = cents % 10 == 0 ? "" : DIGITS.charAt(cents % 10) + "分";
    return (yuan == 0 ? "" : whole + "元") + (yuan == 0 && cents / 10 == 0 ? "" : jiao) + fenText;
  }

  /** A whole number of yuan, grouped by 万 and 亿, with one 零 for each run of zeros inside. */
  private static String integer(long value) {
    StringBuilder out = new StringBuilder();
    boolean zero = false;
    for (int g = GROUPS.length - 1; g >= 0; g--) {
      int group = (int) (value / (long) Math.pow(10000, g) % 10000);
      if (group == 0) {
        zero = out.length() > 0;
        continue;
      }
      if (out.length() > 0 && (zero || group < 1000)) {
        out.append('零');
      }
      out.append(four(group)).append(GROUPS[g]);
      zero = false;
    }
    return out.toString();
  }

  private static String four(int group) {
    StringBuilder out = new StringBuilder();
    boolean zero = false;
    for (int p = 3; p >= 0; p--) {
      int d = group / (int) Math.pow(10, p) % 10;
      if (d == 0) {
        zero = out.length() > 0;
      } else {
        if (zero) {
          out.append('零');
        }
        out.append(DIGITS.charAt(d)).append(SMALL[p]);
        zero = false;
      }
    }
    return out.toString();
  }
}
