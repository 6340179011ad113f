package cn.kczg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class ModuleBoundaryTest {
  @Test
  void noSourceOfTheReportsModuleImportsSpark() throws IOException {
    Path main = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(main)) {
      List<Path> offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(ModuleBoundaryTest::mentionsSpark)
              .toList();
      assertThat(offenders)
          .as("reports must stay plain Java; move Spark code to the jobs module")
          .isEmpty();
    }
  }

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    Path root = Path.of("src/main/java/cn/kczg/reports");
    try (Stream<Path> dirs = Files.walk(root)) {
      dirs.filter(Files::isDirectory)
          .forEach(d -> assertThat(d.resolve("package-info.java")).exists());
    }
  }

  private static boolean mentionsSpark(Path file) {
    try {
      return Files.readString(file).contains("org.apache.spark");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
