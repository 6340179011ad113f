package cn.kczg.jobs.programs;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What a program run reads and where it writes.
 *
 * @param inputDir the folder holding the program's input files (e.g. {@code data-samples/<id>})
 * @param asOf the day the run judges progress and eligibility at, whole day included
 * @param outputDir the folder the outputs are written to (created when missing)
 */
public record ProgramInput(Path inputDir, LocalDate asOf, Path outputDir) {
  public ProgramInput {
    requireNonNull(inputDir, "inputDir is null");
    requireNonNull(asOf, "asOf is null");
    requireNonNull(outputDir, "outputDir is null");
  }
}
