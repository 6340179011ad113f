package cn.kczg.jobs.cli;

import cn.kczg.jobs.programs.ProgramType;
import cn.kczg.jobs.programs.ProgramTypes;
import cn.kczg.schemas.program.Rulebook;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kczg programs}. */
@Command(
    name = "programs",
    mixinStandardHelpOptions = true,
    description = "List the programs (rulebooks) the engine can run.")
final class ProgramsCommand implements Callable<Integer> {
  @Mixin GlobalOptions options;

  @Override
  public Integer call() {
    Engine engine = new Engine(options);
    String fallback = engine.defaultProgram();
    for (Rulebook book : engine.rulebooks().all()) {
      System.out.printf(
          "%-40s %-22s %s (%s)%s%n",
          book.id(),
          book.type(),
          book.title(),
          book.notice(),
          book.id().equals(fallback) ? "  [default]" : "");
    }
    System.out.println();
    for (ProgramType<?, ?> type : ProgramTypes.all()) {
      System.out.printf("type %-22s %s%n", type.type(), type.description());
    }
    return 0;
  }
}
