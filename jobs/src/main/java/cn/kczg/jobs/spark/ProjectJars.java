package cn.kczg.jobs.spark;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jars a cluster's executors need to run this engine's tasks: the jobs jar and the project
 * modules it calls inside tasks (schemas for parsing, reports, data-samples). Spark itself, Delta
 * and the libraries are expected on the cluster (Spark as {@code provided}).
 *
 * <p>Taken from the {@code kczg.jars} system property when set (a comma-separated list, as the
 * launcher or {@code spark-submit --jars} would give it); otherwise derived from where this class
 * was loaded: {@code jobs/target/kczg-jobs.jar} plus the {@code kczg-*.jar} files in its {@code
 * lib/} folder. Empty when the engine runs from a classes folder (tests), where a local master
 * needs no jars.
 */
public final class ProjectJars {
  private ProjectJars() {}

  /** The jars as a comma-separated list for {@code spark.jars}; empty when none are found. */
  public static String forExecutors() {
    String given = System.getProperty("kczg.jars", "").trim();
    return given.isEmpty() ? String.join(",", derived()) : given;
  }

  static List<String> derived() {
    Path self = codeSource();
    List<String> jars = new ArrayList<>();
    if (self == null || !self.toString().endsWith(".jar")) {
      return jars;
    }
    jars.add(self.toString());
    Path lib = self.resolveSibling("lib");
    if (Files.isDirectory(lib)) {
      try (Stream<Path> files = Files.list(lib)) {
        files
            .map(Path::toString)
            .filter(p -> new File(p).getName().startsWith("kczg-") && p.endsWith(".jar"))
            .sorted()
            .forEach(jars::add);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot list " + lib, e);
      }
    }
    return jars;
  }

  private static Path codeSource() {
    try {
      var source = ProjectJars.class.getProtectionDomain().getCodeSource();
      return source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
