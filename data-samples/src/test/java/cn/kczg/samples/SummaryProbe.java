package cn.kczg.samples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Prints the reference counter's view of an inbox: args inbox day [names...]. */
final class SummaryProbe {
  public static void main(String[] args) {
    ReferenceCounter counter = new ReferenceCounter(Path.of(args[0]));
    LocalDate day = LocalDate.parse(args[1]);
    Map<String, ReferenceCounter.Org> registry = counter.registry(day);
    Map<String, int[]> counts = counter.counts(day);
    Map<String, int[]> perCategory = new TreeMap<>();
    Map<String, Integer> perChannel = new TreeMap<>();
    int exactly = 0;
    int oneShort = 0;
    for (ReferenceCounter.Org org : registry.values()) {
      int[] c = counts.getOrDefault(org.code(), new int[5]);
      int[] t = Targets.of(org);
      int[] cat = perCategory.computeIfAbsent(org.category(), k -> new int[2]);
      cat[0]++;
      if (Targets.meetsAll(c, t)) {
        cat[1]++;
        perChannel.merge(org.channel(), 1, Integer::sum);
        if (Targets.onTargetSomewhere(c, t)) {
          exactly++;
        }
      } else if (Targets.shortfall(c, t) == 1) {
        oneShort++;
      }
      for (int i = 2; i < args.length; i++) {
        if (org.name().equals(args[i]) || org.code().equals(args[i])) {
          System.out.println(org.code() + " " + org.name() + " " + Targets.show(c));
        }
      }
    }
    perCategory.forEach((k, v) -> System.out.println(k + " orgs=" + v[0] + " qualifying=" + v[1]));
    perChannel.forEach((k, v) -> System.out.println("  " + k + " " + v));
    System.out.println(
        "qualifying with some count exactly on target: "
            + exactly
            + "; short by one item: "
            + oneShort);
  }
}
