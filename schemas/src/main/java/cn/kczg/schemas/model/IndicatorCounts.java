package cn.kczg.schemas.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One number per {@link ItemKind}: counts of published items, or targets. Immutable.
 *
 * <p>Example: {@code IndicatorCounts.of(12, 8, 3, 30, 1).get(ItemKind.NEWS) == 30}.
 */
public final class IndicatorCounts implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final IndicatorCounts ZERO = new IndicatorCounts(new int[5]);
  private final int[] values;

  private IndicatorCounts(int[] values) {
    this.values = values;
  }

  /** Counts in {@link ItemKind} order: experts, achievements, demands, news, activities. */
  public static IndicatorCounts of(
      int experts, int achievements, int demands, int news, int activities) {
    return new IndicatorCounts(new int[] {experts, achievements, demands, news, activities});
  }

  /** All zero. */
  public static IndicatorCounts zero() {
    return ZERO;
  }

  /** A copy with one kind set. */
  public IndicatorCounts with(ItemKind kind, int value) {
    int[] copy = values.clone();
    copy[kind.ordinal()] = value;
    return new IndicatorCounts(copy);
  }

  public int get(ItemKind kind) {
    return values[kind.ordinal()];
  }

  /** Sum over the five kinds. */
  public int total() {
    return Arrays.stream(values).sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorCounts other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
