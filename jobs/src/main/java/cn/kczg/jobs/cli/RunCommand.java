package cn.kczg.jobs.cli;

import cn.kczg.jobs.alias.AliasTable;
import cn.kczg.jobs.programs.ProgramTypes;
import cn.kczg.jobs.programs.WarehouseAccess;
import cn.kczg.jobs.programs.indicatortargets.IndicatorTargetsType;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.jobs.store.WarehouseLock;
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

/** {@code kczg run --as-of D [--program ID]} and {@code kczg run --reproduce MANIFEST}. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Compute a program as of a date and write its outputs to OUT/<program>/<as-of>/.",
      "Figures use only drops dated on or before the as-of date, with the aliases confirmed so far.",
      "--reproduce reads the warehouse at the table versions an earlier manifest.json recorded,",
      "so late drops and aliases added since do not change the figures."
    })
final class RunCommand implements Callable<Integer> {
  @Mixin GlobalOptions options;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "The date figures are computed for (default: the newest drop).")
  LocalDate asOf;

  @Option(
      names = "--program",
      paramLabel = "ID",
      description =
          "The program's rulebook id; `kczg programs` lists them (default: default_program of kczg.properties).")
  String program;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description =
          "Input folder, for programs that read their own files (assessment sheets, station lists, nominations).")
  Path input;

  @Option(
      names = "--reproduce",
      paramLabel = "MANIFEST",
      description =
          "Re-run an earlier run from its manifest.json (program, as-of and table versions); "
              + "outputs go to OUT/<program>/<as-of>-reproduced/.")
  Path reproduce;

  @Override
  public Integer call() {
    Engine engine = new Engine(options).checkOut();
    Manifest manifest = reproduce == null ? null : Manifest.read(reproduce);
    String id =
        manifest != null ? manifest.program() : program != null ? program : engine.defaultProgram();
    Rulebook rulebook = engine.rulebooks().get(id);
    if (!ProgramTypes.readsWarehouse(rulebook)) {
      return OtherPrograms.run(engine, rulebook, input, asOf);
    }
    cn.kczg.reports.WarmUp.start(); // the output writers' classes load while Spark works
    try (WarehouseLock lock = engine.lock("run " + rulebook.id())) {
      Warehouse warehouse =
          manifest == null ? engine.warehouse() : engine.warehouse().pinnedAt(manifest.versions());
      Map<String, Long> versions = RunOutputs.versions(warehouse);
      LocalDate date =
          manifest != null ? manifest.asOf() : asOf != null ? asOf : newestDrop(engine);
      RunResult result =
          IndicatorTargetsType.run(
              rulebook,
              new WarehouseAccess(warehouse, new AliasTable(warehouse).asMap(), engine::log),
              date);
      String folderName = date + (manifest == null ? "" : "-reproduced");
      Path folder = RunOutputs.write(engine, warehouse, result, versions, folderName);
      Summaries.printRun(System.out, result, folder);
      return 0;
    }
  }

  static LocalDate newestDrop(Engine engine) {
    List<LocalDate> drops = new Ledger(engine.warehouse()).dropDates();
    if (drops.isEmpty()) {
      throw Errors.noData(
          cn.kczg.schemas.messages.Messages.current()
              .text("error.run.empty_warehouse", engine.localWarehouse()));
    }
    return drops.get(drops.size() - 1);
  }

  /** What {@code --reproduce} needs from an earlier manifest.json. */
  record Manifest(String program, LocalDate asOf, Map<String, Long> versions) {
    static Manifest read(Path file) {
      if (!java.nio.file.Files.isRegularFile(file)) {
        throw Errors.missingPath(Errors.what("manifest"), file);
      }
      try {
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        Map<String, Long> versions = new java.util.TreeMap<>();
        for (String t : RunOutputs.READ_TABLES) {
          var v = root.path("table_versions").get(t);
          if (v == null || !v.canConvertToLong()) {
            throw Errors.badArgument(
                cn.kczg.schemas.messages.Messages.current()
                    .text("error.run.manifest_versions", file, t));
          }
          versions.put(t, v.asLong());
        }
        return new Manifest(
            root.path("program").asText(), LocalDate.parse(root.path("as_of").asText()), versions);
      } catch (java.io.IOException | java.time.DateTimeException e) {
        throw Errors.badArgument(
            cn.kczg.schemas.messages.Messages.current()
                .text("error.run.manifest_unreadable", file, e.getMessage()));
      }
    }
  }
}
