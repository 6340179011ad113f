package cn.kczg.jobs.programs;

import cn.kczg.schemas.program.Rulebook;

/**
 * Runs one type of program: reads the rulebook's own section, the inputs in {@link
 * ProgramInput#inputDir()}, and writes its outputs to {@link ProgramInput#outputDir()}. Plain Java:
 * a runner never starts Spark.
 *
 * <p>A runner refuses a rulebook with mistakes ({@code BAD_RULEBOOK}, every problem listed) and an
 * unreadable input file ({@code UNREADABLE_FILE} / {@code MISSING_COLUMNS}); bad rows of a readable
 * file are listed as problems, not thrown.
 */
public interface ProgramRunner {

  /** The rulebook {@code type} this runner runs, e.g. {@code scorecard}. */
  String type();

  /** Runs the program of {@code rulebook} on {@code input}. */
  ProgramRun run(Rulebook rulebook, ProgramInput input);

  /**
   * Checks the rulebook's section without running, listing every problem at once; the default does
   * nothing. Runners override it so {@code ./kczg} can validate all rulebooks up front.
   */
  default void validate(Rulebook rulebook) {}
}
