package cn.kczg.jobs.cli;

import cn.kczg.jobs.run.ProgramRun;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.jobs.warehouse.Ledger;
import cn.kczg.jobs.warehouse.WarehouseLock;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.program.Rulebook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kczg run --as-of D [--program ID]}. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Compute a program as of a date and write its outputs to OUT/<program>/<as-of>/.",
        "Figures use only drops dated on or before the as-of date."})
final class RunCommand implements Callable<Integer> {
  @Mixin GlobalOptions options;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date figures are computed for (default: the newest drop).")
  LocalDate asOf;

  @Option(names = "--program", paramLabel = "ID", defaultValue = "hengyang-2022",
      description = "The program's rulebook id; `kczg programs` lists them (default: ${DEFAULT-VALUE}).")
  String program;

  @Option(names = "--input", paramLabel = "DIR",
      description = "Input folder, for programs that read their own files (assessment sheets, station lists, nominations).")
  Path input;

  @Override
  public Integer call() {
    Engine engine = new Engine(options);
    Rulebook rulebook = engine.rulebooks().get(program);
    if (!rulebook.type().equals("indicator-targets")) {
      return OtherPrograms.run(engine, rulebook, input, asOf);
    }
    try (WarehouseLock lock = engine.lock("run " + program)) {
      LocalDate date = asOf != null ? asOf : newestDrop(engine);
      RunResult result = new ProgramRun(engine.warehouse(), Map.of(), engine::log).execute(rulebook, date);
      Path folder = RunOutputs.write(engine, result);
      Summaries.printRun(System.out, result, folder);
      return 0;
    }
  }

  static LocalDate newestDrop(Engine engine) {
    List<LocalDate> drops = new Ledger(engine.warehouse()).dropDates();
    if (drops.isEmpty()) {
      throw Errors.noData("The warehouse " + engine.localWarehouse() + " holds no data; run `kczg ingest INBOX` first.");
    }
    return drops.get(drops.size() - 1);
  }
}
