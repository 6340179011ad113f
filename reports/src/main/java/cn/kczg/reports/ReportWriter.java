package cn.kczg.reports;

import cn.kczg.reports.chart.Charts;
import cn.kczg.reports.csv.CsvReports;
import cn.kczg.reports.forms.OfficialForms;
import cn.kczg.reports.html.HtmlReport;
import cn.kczg.reports.workbook.WeeklyWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point the jobs call: writes every output of one folder from a {@link ReportModel}.
 * The writers it calls ({@link CsvReports}, {@link WeeklyWorkbook}, {@link Charts}, {@link
 * HtmlReport}, {@link OfficialForms}) can also be called one by one.
 *
 * <p>Files written: {@code progress.csv}, {@code shortlist.csv}, {@code channels.csv}, {@code
 * reserve.csv}, {@code quarantine.csv}; {@code differences.csv}, {@code forecast.csv} and {@code
 * integrity.csv} when those sections have rows; {@code weekly-report.xlsx}; the charts ({@code
 * ranking.png/.svg}, {@code ranking-<category>.png/.svg}, {@code channels.png/.svg}, {@code
 * distribution.png/.svg}, {@code trend.png/.svg} when weekly totals are given); {@code
 * forms/推荐汇总表-<channel>.xlsx} and {@code forms/信息采集表-<org_id>.xlsx}; and the dashboard {@code
 * index.html}, which links them.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * Writes every output into {@code outDir} (created if missing); returns the files in writing
   * order.
   */
  public static List<Path> writeAll(ReportModel model, Path outDir) {
    createDirectories(outDir);
    List<Path> files = new ArrayList<>(writeCsv(model, outDir));
    files.add(WeeklyWorkbook.write(model, outDir));
    files.addAll(Charts.writeAll(model, outDir));
    // Forms first: the page links every form it finds in forms/.
    files.addAll(OfficialForms.writeAll(model, outDir));
    files.add(HtmlReport.write(model, outDir));
    return files;
  }

  /** Writes the CSV files only; optional sections only when they have rows. */
  public static List<Path> writeCsv(ReportModel model, Path outDir) {
    createDirectories(outDir);
    List<Path> files = new ArrayList<>();
    files.add(CsvReports.writeProgress(model, outDir));
    files.add(CsvReports.writeShortlist(model, outDir));
    files.add(CsvReports.writeChannels(model, outDir));
    files.add(CsvReports.writeReserve(model, outDir));
    files.add(CsvReports.writeQuarantine(model, outDir));
    if (!model.differences().isEmpty()) {
      files.add(CsvReports.writeDifferences(model, outDir));
    }
    if (!model.forecasts().isEmpty()) {
      files.add(CsvReports.writeForecasts(model, outDir));
    }
    if (!model.integrityFlags().isEmpty()) {
      files.add(CsvReports.writeIntegrity(model, outDir));
    }
    return files;
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw ReportErrors.cannotWrite(dir, e);
    }
  }
}
