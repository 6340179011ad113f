package cn.kczg.jobs.cli;

import cn.kczg.jobs.ingest.DropResult;
import cn.kczg.jobs.ingest.FileOutcome;
import cn.kczg.jobs.ingest.IngestJob;
import cn.kczg.jobs.store.WarehouseLock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kczg ingest DIR}. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest one drop folder (inbox/2022-07-11/), or every drop folder of an inbox in date order.",
      "Files already ingested (same bytes, same drop date) are skipped, so re-running is safe."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin GlobalOptions options;

  @Parameters(paramLabel = "DIR", description = "A drop folder or an inbox folder.")
  Path dir;

  @picocli.CommandLine.Option(
      names = "--sources",
      paramLabel = "DIR",
      description =
          "Extra source definitions (YAML) to use instead of <warehouse>/sources/; see docs/adding-a-source.md.")
  Path sources;

  @Override
  public Integer call() {
    Engine engine = new Engine(options);
    if (!java.nio.file.Files.isDirectory(dir)) {
      throw cn.kczg.schemas.Errors.missingPath(cn.kczg.schemas.Errors.what("folder"), dir);
    }
    if (sources != null && !java.nio.file.Files.isDirectory(sources)) {
      throw cn.kczg.schemas.Errors.missingPath(
          cn.kczg.schemas.Errors.what("sources_folder"), sources);
    }
    var definitions =
        engine.sources(sources); // checked before the lock and Spark: mistakes show at once
    try (WarehouseLock lock = engine.lock("ingest " + dir)) {
      List<DropResult> results =
          new IngestJob(engine.warehouse(), definitions, engine::log).execute(dir);
      Summaries.printIngest(System.out, results);
      return results.stream().anyMatch(DropResult::hasRefusals) ? 1 : 0;
    }
  }

  static long refused(List<DropResult> results) {
    return results.stream()
        .flatMap(r -> r.files().stream())
        .filter(f -> f.status() == FileOutcome.Status.REFUSED)
        .count();
  }
}
