package cn.kczg.jobs.programs.indicatortargets;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.delivery.ReportSummary;
import cn.kczg.jobs.programs.ProgramOutputs;
import cn.kczg.jobs.run.IntegrityModels;
import cn.kczg.jobs.run.ReportModels;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.reports.ReportWriter;
import cn.kczg.reports.chart.ActivityChart;
import cn.kczg.reports.csv.CsvReports;
import cn.kczg.schemas.program.CategoryRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The outputs of an indicator-targets run: the weekly report of the reports module (workbook,
 * charts, CSV files, dashboard, forms), the activity charts of the flagged organizations people
 * look at and every flagged organization's daily figures ({@code activity.csv}). The manifest,
 * which names the warehouse's table versions, is written beside them by the caller that holds the
 * warehouse.
 *
 * @param result the run
 */
public record IndicatorTargetsOutputs(RunResult result) implements ProgramOutputs {
  public IndicatorTargetsOutputs {
    requireNonNull(result, "result is null");
  }

  @Override
  public List<Path> write(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Path> files = new ArrayList<>(ReportWriter.writeAll(ReportModels.of(result), folder));
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

  /** The lines of {@link ReportSummary#chinese()} after its header, as mailed today. */
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
    return summary.chinese().lines().skip(1).toList();
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
