package cn.kczg.jobs.cli;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.delivery.Report;
import cn.kczg.jobs.delivery.ReportSummary;
import cn.kczg.jobs.ingest.DropResult;
import cn.kczg.jobs.ingest.FileOutcome;
import cn.kczg.jobs.ingest.IngestJob;
import cn.kczg.jobs.run.ProgramRun;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.jobs.schedule.ServeTasks;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.schemas.program.CategoryRule;
import cn.kczg.schemas.program.Rulebook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The scheduled jobs' work done for real: the Spark ingest, the program run and its output folder.
 */
final class EngineTasks implements ServeTasks {
  private final Engine engine;
  private final Collection<String> channelReports;

  EngineTasks(Engine engine) {
    this(engine, List.of());
  }

  /**
   * @param channelReports the channels whose own report (workbook and mail) each weekly report also
   *     writes: those with recipients in the serve config
   */
  EngineTasks(Engine engine, Collection<String> channelReports) {
    this.engine = requireNonNull(engine, "engine is null");
    this.channelReports = List.copyOf(channelReports);
  }

  @Override
  public List<String> ingest(List<Path> drops) {
    activate();
    IngestJob job = new IngestJob(engine.warehouse(), engine.sources(), engine::log);
    List<String> lines = new ArrayList<>();
    for (Path drop : drops) {
      job.execute(drop).forEach(r -> lines.add(line(r)));
    }
    return lines;
  }

  private static String line(DropResult r) {
    long stored = r.files().stream().mapToLong(FileOutcome::stored).sum();
    long refused = r.files().stream().filter(f -> f.status() == FileOutcome.Status.REFUSED).count();
    return "drop "
        + r.folder()
        + ": "
        + (r.unchanged() ? "nothing new" : stored + " row(s) stored")
        + (refused > 0
            ? ", " + refused + " file(s) refused (see `kczg ingest` output for why)"
            : "");
  }

  @Override
  public List<LocalDate> dropDates() {
    activate();
    return new Ledger(engine.warehouse()).dropDates();
  }

  @Override
  public Report report(String program, LocalDate asOf) {
    activate();
    Rulebook rulebook = engine.rulebooks().get(program);
    RunResult result =
        new ProgramRun(
                engine.warehouse(),
                new cn.kczg.jobs.alias.AliasTable(engine.warehouse()).asMap(),
                engine::log)
            .overlappingStores()
            .execute(rulebook, asOf);
    Path folder = RunOutputs.write(engine, result, channelReports);
    return new Report(program, rulebook.title(), asOf, folder, summary(result).text());
  }

  /**
   * Makes the engine's session the active one of the calling thread. The scheduler's worker threads
   * were started before Spark, so without this Spark code there falls back to default settings
   * (dates as java.sql.Date instead of LocalDate, the JVM's time zone): a weekly report failed with
   * a ClassCastException until this was set.
   */
  private void activate() {
    org.apache.spark.sql.SparkSession.setActiveSession(engine.warehouse().spark());
  }

  /** The figures of a run that a person wants first (the same as the run summary's table). */
  static ReportSummary summary(RunResult r) {
    List<ReportSummary.Category> lines = new ArrayList<>();
    for (CategoryRule c : r.rulebook().categories()) {
      int orgs = (int) r.progress().stream().filter(p -> p.category().equals(c.name())).count();
      int met =
          (int)
              r.progress().stream()
                  .filter(p -> p.category().equals(c.name()) && p.metAll())
                  .count();
      int listed =
          (int)
              r.selection().shortlist().stream().filter(e -> e.category().equals(c.name())).count();
      lines.add(new ReportSummary.Category(c.name(), orgs, met, listed, c.quota()));
    }
    return new ReportSummary(r.rulebook().id(), r.rulebook().title(), r.asOf(), lines);
  }
}
