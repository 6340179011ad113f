package cn.kczg.jobs.delivery;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A finished report, ready to deliver.
 *
 * @param program the program's rulebook id
 * @param title the program's title, for the mail subject
 * @param asOf the week the report is for (the drop date its figures are computed as of)
 * @param folder the run's output folder ({@code out/<program>/<as-of>/})
 * @param summary a short Chinese summary for people (the mail body), see {@link ReportSummary}
 */
public record Report(String program, String title, LocalDate asOf, Path folder, String summary) {
  public Report {
    requireNonNull(program, "program is null");
    requireNonNull(title, "title is null");
    requireNonNull(asOf, "asOf is null");
    requireNonNull(folder, "folder is null");
    requireNonNull(summary, "summary is null");
  }
}
