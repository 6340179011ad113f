package cn.kczg.samples;

import java.util.Random;

/**
 * How many items of each kind an organization of the city sample has published (and still has
 * published) on the last drop day. The targets mirror the rulebook {@code hengyang-2022.yaml} only
 * so that the sample exercises it: they shape the data, the engine never reads them here.
 */
final class CountPlan {
  /** What an organization's counts look like against its targets. */
  enum Profile {
    /** Meets every target; each kind is exactly on target with some probability. */
    QUALIFY,
    /** Meets every target but one, which it misses by exactly one item. */
    NEAR,
    /** Some targets met, at least one missed clearly. */
    PARTIAL,
    /** Joined, published a little. */
    DORMANT
  }

  private static final int[] SOCIETY = {25, 4, 3, 30, 1};
  private static final int[] UNDERGRADUATE = {60, 30, 3, 50, 1};
  private static final int[] VOCATIONAL = {30, 30, 3, 50, 1};
  private static final int[] HOSPITAL = {30, 30, 3, 30, 1};
  private static final int[] ENTERPRISE = {10, 6, 3, 30, 1};

  private CountPlan() {}

  /** The targets of the organization, in {@link ItemKind} order. */
  static int[] targets(Organization org) {
    return switch (org.category()) {
      case SOCIETY -> SOCIETY;
      case UNIVERSITY -> "本科".equals(org.level()) ? UNDERGRADUATE : VOCATIONAL;
      case HOSPITAL -> HOSPITAL;
      case ENTERPRISE -> ENTERPRISE;
    };
  }

  /** Published counts per kind for the profile, drawn at random. */
  static int[] counts(Profile profile, int[] targets, Random random) {
    return switch (profile) {
      case QUALIFY -> qualifying(targets, random);
      case NEAR -> near(targets, random);
      case PARTIAL -> partial(targets, random);
      case DORMANT -> dormant(targets, random);
    };
  }

  private static int[] qualifying(int[] targets, Random random) {
    int[] counts = new int[targets.length];
    for (int k = 0; k < targets.length; k++) {
      boolean onTarget = random.nextInt(100) < 15;
      int spread = Math.max(2, targets[k] * 4 / 10);
      counts[k] = targets[k] + (onTarget ? 0 : random.nextInt(spread + 1));
    }
    return counts;
  }

  private static int[] near(int[] targets, Random random) {
    int[] counts = qualifying(targets, random);
    int missed = random.nextInt(targets.length);
    counts[missed] = targets[missed] - 1;
    return counts;
  }

  private static int[] partial(int[] targets, Random random) {
    int[] counts = new int[targets.length];
    for (int k = 0; k < targets.length; k++) {
      counts[k] = random.nextInt(targets[k] + targets[k] / 5 + 1);
    }
    int missed = random.nextInt(targets.length);
    counts[missed] = targets[missed] < 3 ? 0 : random.nextInt(targets[missed] - 1);
    return counts;
  }

  private static int[] dormant(int[] targets, Random random) {
    int[] counts = new int[targets.length];
    for (int k = 0; k < targets.length; k++) {
      counts[k] = random.nextInt(Math.max(2, targets[k] / 4));
    }
    return counts;
  }
}
