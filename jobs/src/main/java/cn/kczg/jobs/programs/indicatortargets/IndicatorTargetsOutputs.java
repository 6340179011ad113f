package cn.kczg.jobs.programs.indicatortargets;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.delivery.ReportSummary;
import cn.kczg.jobs.programs.ProgramOutputs;
import cn.kczg.jobs.run.IntegrityModels;
import cn.kczg.jobs.run.QuarantineTargets;
import cn.kczg.jobs.run.ReportModels;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.reports.ChannelReports;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.ReportWriter;
import cn.kczg.reports.chart.ActivityChart;
import cn.kczg.reports.csv.CsvReports;
import cn.kczg.schemas.program.CategoryRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The outputs of an indicator-targets run: the weekly report of the reports module (workbook,
 * charts, CSV files, dashboard, forms), the activity charts of the flagged organizations people
 * look at and every flagged organization's daily figures ({@code activity.csv}). The manifest,
 * which names the warehouse's table versions, is written beside them by the caller that holds the
 * warehouse.
 *
 * @param result the run
 * @param targets matches each quarantined row to the organization and indicator it would count for
 * @param channels the channels whose own report (workbook and mail of their organizations only) is
 *     written under {@code channels/<channel>/}
 */
public record IndicatorTargetsOutputs(
    RunResult result, QuarantineTargets targets, Collection<String> channels)
    implements ProgramOutputs {
  public IndicatorTargetsOutputs {
    requireNonNull(result, "result is null");
    requireNonNull(targets, "targets is null");
    channels = List.copyOf(channels);
  }

  /** The outputs without channel reports, quarantined rows matched by the registry's names. */
  public IndicatorTargetsOutputs(RunResult result) {
    this(result, QuarantineTargets.byRegistry(result), List.of());
  }

  @Override
  public List<Path> write(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ReportModel model = ReportModels.of(result, targets);
    List<Path> files = new ArrayList<>(ReportWriter.writeAll(model, folder));
    files.addAll(ChannelReports.writeAll(model, folder, channels));
    files.addAll(ActivityChart.writeAll(IntegrityModels.charted(result), folder));
    if (!result.integrity().findings().isEmpty()) {
      files.add(CsvReports.writeActivity(IntegrityModels.activities(result), folder));
    }
    return files;
  }

  @Override
  public List<String> summary() {
    return categories().stream()
        .map(
            c ->
                c.name()
                    + ": "
                    + c.met()
                    + " of "
                    + c.orgs()
                    + " meet all, "
                    + c.listed()
                    + "/"
                    + c.quota()
                    + " shortlisted")
        .toList();
  }

  /** The lines of {@link ReportSummary#text()} after its header, as mailed today. */
  @Override
  public List<String> mailLines() {
    List<ReportSummary.Category> lines = new ArrayList<>();
    categories()
        .forEach(
            c ->
                lines.add(
                    new ReportSummary.Category(
                        c.name(), c.orgs(), c.met(), c.listed(), c.quota())));
    ReportSummary summary =
        new ReportSummary(result.rulebook().id(), result.rulebook().title(), result.asOf(), lines);
    return summary.text().lines().skip(1).toList();
  }

  @Override
  public int problemCount() {
    return result.quarantine().size();
  }

  /** One category's figures: organizations, those meeting all targets, shortlisted, quota. */
  record Category(String name, int orgs, int met, int listed, int quota) {}

  /** The figures per category, in the rulebook's order. */
  List<Category> categories() {
    List<Category> out = new ArrayList<>();
    for (CategoryRule c : result.rulebook().categories()) {
      int orgs =
          (int) result.progress().stream().filter(p -> p.category().equals(c.name())).count();
      int met =
          (int)
              result.progress().stream()
                  .filter(p -> p.category().equals(c.name()) && p.metAll())
                  .count();
      int listed =
          (int)
              result.selection().shortlist().stream()
                  .filter(e -> e.category().equals(c.name()))
                  .count();
      out.add(new Category(c.name(), orgs, met, listed, c.quota()));
    }
    return out;
  }
}
