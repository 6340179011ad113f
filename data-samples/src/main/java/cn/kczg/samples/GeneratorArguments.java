package cn.kczg.samples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed command line of {@link SampleGenerator}. Every problem is collected, so one run
 * reports all of them.
 */
record GeneratorArguments(
    String mode,
    Path out,
    long seed,
    int orgs,
    long items,
    int drops,
    ExportShape shape,
    boolean refusedFile) {
  /** The seed of the committed city sample (衡市科协字〔2022〕16号). */
  static final long DEFAULT_SEED = 2022016L;

  static final String USAGE =
      "usage: SampleGenerator city  [--out DIR] [--seed S]\n"
          + "       SampleGenerator scale --orgs N --items M --drops D --out DIR [--seed S]"
          + " [--shape cumulative|windowed] [--refused-file yes|no]\n"
          + "city writes the bundled 衡阳 2022 inbox (default out"
          + " data-samples/hengyang-2022/inbox);\n"
          + "scale writes M distinct items of N organizations over D weekly drops ending"
          + " 2022-07-11,\n"
          + "each drop every item (cumulative, the default) or the last three weeks' items"
          + " and every expert (windowed),\n"
          + "with the integrity checks' planted cases listed in DIR/planted.csv; --refused-file yes"
          + " also writes\n"
          + "the file the ingest refuses in the drop of case burst-refused-drop (the ingest then exits"
          + " 1).";

  private static final Set<String> CITY_OPTIONS = Set.of("--out", "--seed");
  private static final Set<String> SCALE_OPTIONS =
      Set.of("--out", "--seed", "--orgs", "--items", "--drops", "--shape", "--refused-file");

  /** Parses {@code args}; throws IllegalArgumentException listing every problem found. */
  static GeneratorArguments parse(String... args) {
    List<String> problems = new ArrayList<>();
    String mode = args.length == 0 ? "" : args[0];
    Set<String> allowed =
        "city".equals(mode) ? CITY_OPTIONS : "scale".equals(mode) ? SCALE_OPTIONS : null;
    if (allowed == null) {
      throw new IllegalArgumentException(
          "The first argument must be 'city' or 'scale', not '" + mode + "'.\n" + USAGE);
    }
    Map<String, String> options = options(args, allowed, problems);
    long seed = number(options, "--seed", DEFAULT_SEED, 0, Long.MAX_VALUE, problems);
    int orgs =
        (int) number(options, "--orgs", "city".equals(mode) ? 0 : -1, 1, 10_000_000, problems);
    long items =
        number(options, "--items", "city".equals(mode) ? 0 : -1, 1, 10_000_000_000L, problems);
    int drops = (int) number(options, "--drops", "city".equals(mode) ? 4 : -1, 1, 520, problems);
    String out =
        options.getOrDefault(
            "--out", "city".equals(mode) ? "data-samples/hengyang-2022/inbox" : null);
    if (out == null) {
      problems.add("--out DIR is required for scale mode");
    }
    ExportShape shape = ExportShape.CUMULATIVE;
    String shapeText = options.getOrDefault("--shape", "cumulative");
    try {
      shape = ExportShape.parse(shapeText);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    String refused = options.getOrDefault("--refused-file", "no");
    if (!refused.equals("yes") && !refused.equals("no")) {
      problems.add("--refused-file must be yes or no, not '" + refused + "'");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems) + "\n" + USAGE);
    }
    return new GeneratorArguments(
        mode, Path.of(out), seed, orgs, items, drops, shape, refused.equals("yes"));
  }

  private static Map<String, String> options(
      String[] args, Set<String> allowed, List<String> problems) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (!allowed.contains(args[i])) {
        problems.add("Unknown option '" + args[i] + "' for " + args[0] + "; allowed: " + allowed);
      } else if (i + 1 >= args.length) {
        problems.add("Option " + args[i] + " needs a value");
      } else {
        options.put(args[i], args[i + 1]);
      }
    }
    return options;
  }

  /** The option's whole-number value; {@code fallback} when absent, -1 meaning required. */
  private static long number(
      Map<String, String> options,
      String name,
      long fallback,
      long min,
      long max,
      List<String> problems) {
    String text = options.get(name);
    if (text == null) {
      if (fallback < 0) {
        problems.add(name + " is required");
      }
      return fallback;
    }
    try {
      long value = Long.parseLong(text);
      if (value < min || value > max) {
        problems.add(name + " must be between " + min + " and " + max + ", not " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(name + " must be a whole number, not '" + text + "'");
      return fallback;
    }
  }
}
