package cn.kczg.schemas.integrity;

/**
 * An organization's uploads of one kind on one day far above its own usual daily rate, on a day a
 * drop newly counted or shortly before the deadline. "Usual" is robust: the median and the median
 * absolute deviation (MAD) of its daily counts over the {@code lookbackDays} days before that day,
 * days without uploads included. A day is a burst when its count is at least {@code minCount} and
 * above {@code median + k × max(MAD, 1)} (with {@code countNoiseFloor}, {@code max(MAD, 1,
 * √median)}).
 *
 * <p>Example: daily counts 0, 1, 0, 2, 1, … (median 1, MAD 1), k = 5, min_count = 10: a day with 27
 * items is a burst (27 > 6 and 27 ≥ 10); a day with 9 is not (below min_count).
 *
 * <p>The days examined: the {@code windowDays} days before each drop date and the deadline, and,
 * with {@code sincePreviousDrop}, every day after the drop before up to each drop date: a weekly
 * drop counts a whole week of uploads, and a burst five days before it counts as much as one the
 * day before.
 *
 * @param enabled whether the check runs
 * @param lookbackDays how many days before a day its usual rate is measured over
 * @param windowDays a day is examined when it lies at most this many days before a drop date or the
 *     deadline (0 = the drop day itself only)
 * @param k how many MADs above the median a burst lies
 * @param minCount the fewest items a burst day holds
 * @param sincePreviousDrop also examine every day after the previous drop up to each drop date
 * @param countNoiseFloor the spread is at least √median: counts of independent uploads vary by
 *     about the square root of their usual number (a Poisson count), so an organization that
 *     usually posts 20 a day and posts 30 one day has no burst, where MAD alone (often 2 or 3)
 *     would say so
 */
public record BurstRule(
    boolean enabled,
    int lookbackDays,
    int windowDays,
    double k,
    int minCount,
    boolean sincePreviousDrop,
    boolean countNoiseFloor)
    implements IntegrityRule {
  /** The check's rulebook name. */
  public static final String CHECK = "burst";

  @Override
  public String check() {
    return CHECK;
  }
}
