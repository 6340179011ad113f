package cn.kczg.jobs.cli;

import cn.kczg.jobs.alias.AliasTable;
import cn.kczg.jobs.ingest.DropResult;
import cn.kczg.jobs.ingest.IngestJob;
import cn.kczg.jobs.programs.ProgramTypes;
import cn.kczg.jobs.programs.WarehouseAccess;
import cn.kczg.jobs.programs.indicatortargets.IndicatorTargetsType;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.jobs.store.WarehouseLock;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.program.Rulebook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kczg demo}: the whole path on the bundled sample, in a fresh demo warehouse. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run a program end to end on its bundled sample in data-samples/.",
      "The demo warehouse (demo/warehouse unless --warehouse is given) is rebuilt on every run;",
      "your own warehouse is never touched."
    })
final class DemoCommand implements Callable<Integer> {
  @Mixin GlobalOptions options;

  @Option(
      names = "--program",
      paramLabel = "ID",
      description = "Which program's sample to run (default: default_program of kczg.properties).")
  String program;

  @Override
  public Integer call() {
    if (options.warehouse.equals("warehouse")) {
      options.warehouse = Path.of("demo", "warehouse").toString();
    }
    Engine engine = new Engine(options).checkOut();
    Rulebook rulebook = engine.rulebooks().get(program != null ? program : engine.defaultProgram());
    Path samples = samplesHome().resolve(rulebook.id());
    if (!Files.isDirectory(samples)) {
      throw Errors.missingPath(Errors.what("sample_folder"), samples);
    }
    if (!ProgramTypes.readsWarehouse(rulebook)) {
      return OtherPrograms.run(engine, rulebook, samples, null);
    }
    deleteTree(engine.localWarehouse());
    try (WarehouseLock lock = engine.lock("demo")) {
      List<DropResult> drops =
          new IngestJob(engine.warehouse(), engine.sources(), engine::log)
              .execute(samples.resolve("inbox"));
      Summaries.printIngest(System.out, drops);
      WarehouseAccess access =
          new WarehouseAccess(
              engine.warehouse(), new AliasTable(engine.warehouse()).asMap(), engine::log);
      RunResult result = IndicatorTargetsType.run(rulebook, access, RunCommand.newestDrop(engine));
      Path folder = RunOutputs.write(engine, result);
      Summaries.printRun(System.out, result, folder);
      return 0;
    }
  }

  /**
   * The data-samples folder: under {@code kczg.home} (set by the launcher), else the nearest folder
   * of that name in the working directory or above it.
   */
  static Path samplesHome() {
    String home = System.getProperty("kczg.home");
    if (home != null) {
      return Path.of(home).resolve("data-samples");
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("data-samples"))) {
        return p.resolve("data-samples");
      }
    }
    return Path.of("data-samples");
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
