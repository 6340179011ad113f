package cn.kczg.samples;

import java.io.IOException;

/**
 * Command-line entry point of the seeded sample-data generator.
 *
 * <pre>
 * java -cp data-samples/target/classes cn.kczg.samples.SampleGenerator city --out data-samples/hengyang-2022/inbox
 * java -cp data-samples/target/classes cn.kczg.samples.SampleGenerator scale --orgs 5000 --items 1000000 --drops 6 --out /tmp/x
 * </pre>
 *
 * <p>{@code city} writes the bundled 衡阳 2022 demo inbox: four weekly cumulative drops (2022-06-20 …
 * 2022-07-11), the registry in the first drop and an updated registry in the drop of 2022-07-04,
 * with the edge cases of the counting rules (see data-samples/hengyang-2022/EXPECTED.md). {@code
 * scale} writes a benchmark inbox of any size by streaming, with the integrity checks' planted
 * cases and benign look-alikes ({@code planted.csv}). The same arguments and seed always give
 * byte-identical files. Files already in the output folder are overwritten, never deleted: generate
 * into an empty folder.
 */
public final class SampleGenerator {
  private SampleGenerator() {}

  /** Runs the generator; exits with status 2 on bad arguments, 1 on an I/O failure. */
  public static void main(String[] args) {
    try {
      System.out.println(run(args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    } catch (IOException | java.io.UncheckedIOException e) {
      System.err.println("Sample generation failed: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Generates what {@code args} ask for and returns a one-line summary.
   *
   * @throws IllegalArgumentException naming every problem with the arguments
   * @throws IOException when the output folder cannot be written
   */
  public static String run(String... args) throws IOException {
    GeneratorArguments arguments = GeneratorArguments.parse(args);
    long started = System.nanoTime();
    long rows =
        "city".equals(arguments.mode())
            ? CitySample.write(arguments.out(), arguments.seed())
            : ScaleSample.write(
                arguments.out(),
                arguments.orgs(),
                arguments.items(),
                arguments.drops(),
                arguments.seed(),
                arguments.shape(),
                arguments.refusedFile());
    long millis = (System.nanoTime() - started) / 1_000_000;
    return "Wrote "
        + rows
        + " item rows ("
        + arguments.mode()
        + ", seed "
        + arguments.seed()
        + ") into "
        + arguments.out()
        + " in "
        + millis
        + " ms";
  }
}
