package cn.kczg.jobs.cli;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.delivery.Report;
import cn.kczg.jobs.delivery.ReportSummary;
import cn.kczg.jobs.ingest.DropResult;
import cn.kczg.jobs.ingest.FileOutcome;
import cn.kczg.jobs.ingest.IngestJob;
import cn.kczg.jobs.programs.ProgramTypes;
import cn.kczg.jobs.programs.Programs;
import cn.kczg.jobs.programs.WarehouseAccess;
import cn.kczg.jobs.programs.indicatortargets.IndicatorTargetsOutputs;
import cn.kczg.jobs.programs.indicatortargets.IndicatorTargetsType;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.jobs.schedule.ScheduleErrors;
import cn.kczg.jobs.schedule.ServeTasks;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.text.Dates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scheduled jobs' work done for real: the Spark ingest, the program run and its output folder.
 * A program that reads the warehouse is run on it (Spark); one that reads its own files is run on
 * its folder under {@code program_inputs} ({@code program-inputs/<program>/}), without Spark.
 */
final class EngineTasks implements ServeTasks {
  private final Engine engine;
  private final Path programInputs;
  private final Collection<String> channelReports;

  EngineTasks(Engine engine, Path programInputs) {
    this(engine, programInputs, List.of());
  }

  /**
   * @param programInputs the folder holding each file-reading program's input folder
   * @param channelReports the channels whose own report (workbook and mail) each weekly report also
   *     writes: those with recipients in the serve config
   */
  EngineTasks(Engine engine, Path programInputs, Collection<String> channelReports) {
    this.engine = requireNonNull(engine, "engine is null");
    this.programInputs = requireNonNull(programInputs, "programInputs is null");
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
    Messages m = Messages.current();
    return m.text(
        "serve.drop_line",
        r.folder(),
        r.unchanged() ? m.text("serve.drop_nothing_new") : m.text("serve.drop_stored", stored),
        refused > 0 ? m.text("serve.drop_refused", refused) : "");
  }

  @Override
  public List<LocalDate> dropDates() {
    activate();
    return new Ledger(engine.warehouse()).dropDates();
  }

  /**
   * The warehouse's drop dates for a program that reads it; for one that reads its own files, the
   * dated drop folders of its input folder, or no dates when it has none.
   */
  @Override
  public DataDates dataDates(String program) {
    Rulebook rulebook = engine.rulebooks().get(program);
    if (ProgramTypes.readsWarehouse(rulebook)) {
      return new Dated(dropDates());
    }
    List<LocalDate> dates = new ArrayList<>();
    Path folder = inputOf(program);
    try (Stream<Path> entries = Files.list(folder)) {
      entries
          .filter(Files::isDirectory)
          .map(p -> Dates.dropDate(p.getFileName().toString()))
          .flatMap(Optional::stream)
          .distinct()
          .sorted()
          .forEach(dates::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dates.isEmpty() ? new Undated() : new Dated(dates);
  }

  @Override
  public Report report(String program, LocalDate asOf) {
    Rulebook rulebook = engine.rulebooks().get(program);
    if (!ProgramTypes.readsWarehouse(rulebook)) {
      Programs.Outcome run = OtherPrograms.execute(engine, rulebook, inputOf(program), asOf);
      return report(rulebook, asOf, run.folder(), run.mailLines());
    }
    activate();
    WarehouseAccess access =
        new WarehouseAccess(
            engine.warehouse(),
            new cn.kczg.jobs.alias.AliasTable(engine.warehouse()).asMap(),
            engine::log);
    RunResult result = IndicatorTargetsType.run(rulebook, access, asOf);
    Path folder = RunOutputs.write(engine, result, channelReports);
    return report(rulebook, asOf, folder, new IndicatorTargetsOutputs(result).mailLines());
  }

  private static Report report(Rulebook book, LocalDate asOf, Path folder, List<String> lines) {
    return new Report(
        book.id(),
        book.title(),
        asOf,
        folder,
        ReportSummary.text(book.id(), book.title(), asOf, lines));
  }

  /** The input folder of a program that reads its own files. */
  private Path inputOf(String program) {
    Path folder = programInputs.resolve(program);
    if (!Files.isDirectory(folder)) {
      throw ScheduleErrors.missingProgramInputs(program, folder);
    }
    return folder;
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
}
