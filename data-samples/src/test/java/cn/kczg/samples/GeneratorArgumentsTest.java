package cn.kczg.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class GeneratorArgumentsTest {
  @Test
  void cityModeDefaultsToTheCommittedInboxAndSeed() {
    GeneratorArguments arguments = GeneratorArguments.parse("city");

    assertThat(arguments.out()).isEqualTo(Path.of("data-samples/hengyang-2022/inbox"));
    assertThat(arguments.seed()).isEqualTo(GeneratorArguments.DEFAULT_SEED);
  }

  @Test
  void scaleModeReportsEveryProblemAtOnce() {
    assertThatThrownBy(
            () ->
                GeneratorArguments.parse(
                    "scale",
                    "--items",
                    "ten",
                    "--drops",
                    "0",
                    "--size",
                    "3",
                    "--refused-file",
                    "maybe"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown option '--size' for scale")
        .hasMessageContaining("--orgs is required")
        .hasMessageContaining("--items must be a whole number, not 'ten'")
        .hasMessageContaining("--drops must be between 1 and 520, not 0")
        .hasMessageContaining("--out DIR is required for scale mode")
        .hasMessageContaining("--refused-file must be yes or no, not 'maybe'");
  }

  @Test
  void anUnknownModeIsRefusedWithTheUsage() {
    assertThatThrownBy(() -> GeneratorArguments.parse("town"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The first argument must be 'city' or 'scale', not 'town'.")
        .hasMessageContaining("usage: SampleGenerator city");
  }
}
