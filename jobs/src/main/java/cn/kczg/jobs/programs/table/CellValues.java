package cn.kczg.jobs.programs.table;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Numbers in input cells: full-width digits are read (NFKC), thousands separators dropped. A blank
 * cell is no number; the caller decides what blank means.
 */
public final class CellValues {
  private CellValues() {}

  /** A decimal such as {@code 8.5} or {@code ８}; empty when blank or not a number. */
  public static Optional<BigDecimal> decimal(String text) {
    String t =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
            .replace(",", "")
            .trim();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(t));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A whole number >= 0 such as {@code 3} or {@code 3.0}; empty when blank or anything else. */
  public static Optional<Integer> count(String text) {
    return decimal(text)
        .filter(d -> d.signum() >= 0 && d.stripTrailingZeros().scale() <= 0)
        .filter(d -> d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0)
        .map(BigDecimal::intValueExact);
  }
}
