package cn.kczg.jobs.programs;

import static java.util.Objects.requireNonNull;

import cn.kczg.reports.tables.TableReport;
import cn.kczg.reports.tables.TableReportWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The outputs of a type whose results are tables and forms: one {@link TableReport} written by the
 * reports module's one XLSX saver, CSV writer and form renderer.
 *
 * @param report the workbook, CSV files and forms
 * @param summary lines for the console
 * @param mailLines the Chinese lines of the mail, each shown as a bullet ("- …")
 * @param problemCount the problems listed
 */
public record TableOutputs(
    TableReport report, List<String> summary, List<String> mailLines, int problemCount)
    implements ProgramOutputs {
  public TableOutputs {
    requireNonNull(report, "report is null");
    summary = List.copyOf(summary);
    mailLines = mailLines.stream().map(l -> l.startsWith("- ") ? l : "- " + l).toList();
  }

  @Override
  public List<Path> write(Path folder) {
    return TableReportWriter.write(report, folder);
  }
}
