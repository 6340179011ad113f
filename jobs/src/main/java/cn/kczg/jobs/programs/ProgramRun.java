package cn.kczg.jobs.programs;

import java.nio.file.Path;
import java.util.List;

/**
 * What a program run did: the files it wrote, the lines to print as its summary, and how many
 * problems (refused rows, conflicts, unknown values) it listed in its outputs.
 *
 * @param files the files written, in the order written
 * @param summary short lines for the console, e.g. "12 associations ranked"
 * @param problemCount the number of problems listed in {@code problems.csv}
 */
public record ProgramRun(List<Path> files, List<String> summary, int problemCount) {
  public ProgramRun {
    files = List.copyOf(files);
    summary = List.copyOf(summary);
  }
}
