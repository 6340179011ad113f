package cn.kczg.jobs.cli;

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
    for (Rulebook book : new Engine(options).rulebooks().all()) {
      System.out.printf(
          "%-40s %-22s %s (%s)%n", book.id(), book.type(), book.title(), book.notice());
    }
    return 0;
  }
}
