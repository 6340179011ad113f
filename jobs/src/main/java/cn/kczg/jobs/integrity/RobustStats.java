package cn.kczg.jobs.integrity;

import java.util.Arrays;

/**
 * Robust statistics of a small series of daily counts: median, median absolute deviation (MAD) and
 * nearest-rank percentiles. Robust means one wild day barely moves them: for 0, 1, 0, 2, 1, 40 the
 * median is 1 and the MAD 1, where the mean would be 7.3.
 */
public final class RobustStats {
  private RobustStats() {}

  /** The median; the mean of the two middle values for an even count; 0 for none. */
  public static double median(int[] values) {
    if (values.length == 0) {
      return 0;
    }
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
  }

  /** The median of the absolute deviations from the median. */
  public static double mad(int[] values) {
    double median = median(values);
    double[] deviations =
        Arrays.stream(values).mapToDouble(v -> Math.abs(v - median)).sorted().toArray();
    if (deviations.length == 0) {
      return 0;
    }
    int mid = deviations.length / 2;
    return deviations.length % 2 == 1
        ? deviations[mid]
        : (deviations[mid - 1] + deviations[mid]) / 2.0;
  }

  /**
   * The nearest-rank percentile {@code p} (0-100): the smallest value with p% of values at or below
   * it.
   */
  public static int percentile(int[] values, double p) {
    if (values.length == 0) {
      return 0;
    }
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /**
   * The burst threshold: {@code median + k × max(MAD, 1)}; the floor keeps a flat series from
   * flagging 1 extra item.
   */
  public static double threshold(int[] values, double k) {
    return threshold(values, k, false);
  }

  /**
   * The burst threshold {@code median + k × spread}, the spread {@code max(MAD, 1)} and, with
   * {@code countNoise}, at least {@code √median}: daily counts of independent uploads vary by about
   * the square root of their usual number (a Poisson count), more than a short series' MAD shows,
   * so a busy organization's ordinary day is not a burst. Example: usual 6 a day with MAD 1, k = 5:
   * 11 without the floor, 6 + 5 × 2.45 = 18.2 with it.
   */
  public static double threshold(int[] values, double k, boolean countNoise) {
    double median = median(values);
    double spread = Math.max(mad(values), 1.0);
    if (countNoise) {
      spread = Math.max(spread, Math.sqrt(median));
    }
    return median + k * spread;
  }
}
