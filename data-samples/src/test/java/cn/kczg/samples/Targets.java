package cn.kczg.samples;

import java.util.Arrays;

/** The targets of counting-rules.md (program hengyang-2022), written out again for the tests. */
final class Targets {
  private Targets() {}

  static int[] of(ReferenceCounter.Org org) {
    return switch (org.category()) {
      case "市级学会" -> new int[] {25, 4, 3, 30, 1};
      case "高校" ->
          "本科".equals(org.level()) ? new int[] {60, 30, 3, 50, 1} : new int[] {30, 30, 3, 50, 1};
      case "医院" -> new int[] {30, 30, 3, 30, 1};
      case "企业" -> new int[] {10, 6, 3, 30, 1};
      default -> throw new IllegalArgumentException("unknown category " + org.category());
    };
  }

  static boolean meetsAll(int[] counts, int[] targets) {
    for (int k = 0; k < targets.length; k++) {
      if (counts[k] < targets[k]) {
        return false;
      }
    }
    return true;
  }

  /** Sum over kinds of what is still missing, 0 when every target is met. */
  static int shortfall(int[] counts, int[] targets) {
    int missing = 0;
    for (int k = 0; k < targets.length; k++) {
      missing += Math.max(0, targets[k] - counts[k]);
    }
    return missing;
  }

  static boolean onTargetSomewhere(int[] counts, int[] targets) {
    for (int k = 0; k < targets.length; k++) {
      if (counts[k] == targets[k]) {
        return true;
      }
    }
    return false;
  }

  static String show(int[] counts) {
    return Arrays.toString(counts);
  }
}
