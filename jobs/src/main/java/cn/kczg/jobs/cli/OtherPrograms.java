package cn.kczg.jobs.cli;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.program.Rulebook;
import java.nio.file.Path;
import java.time.LocalDate;

/** Runs programs whose engines read their own input files instead of the warehouse. */
final class OtherPrograms {
  private OtherPrograms() {}

  static int run(Engine engine, Rulebook rulebook, Path input, LocalDate asOf) {
    throw Errors.badArgument("Program type '" + rulebook.type() + "' of " + rulebook.id() + " has no engine yet.");
  }
}
