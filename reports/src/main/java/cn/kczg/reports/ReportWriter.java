package cn.kczg.reports;

import cn.kczg.reports.chart.Charts;
import cn.kczg.reports.csv.CsvReports;
import cn.kczg.reports.csv.SelectionCsv;
import cn.kczg.reports.forms.OfficialForms;
import cn.kczg.reports.html.HtmlReport;
import cn.kczg.reports.mail.WeeklyMail;
import cn.kczg.reports.workbook.WeeklyWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one entry point the jobs call: writes every output of one folder from a {@link ReportModel}.
 * The writers it calls ({@link CsvReports}, {@link WeeklyWorkbook}, {@link Charts}, {@link
 * HtmlReport}, {@link OfficialForms}) can also be called one by one.
 *
 * <p>Files written: {@code progress.csv}, {@code shortlist.csv}, {@code channels.csv}, {@code
 * reserve.csv}, {@code quarantine.csv}, {@code recommendations.csv}, {@code not_selected.csv};
 * {@code differences.csv}, {@code forecast.csv} and {@code integrity.csv} when those sections have
 * rows; {@code weekly-report.xlsx}; the charts ({@code ranking.png/.svg}, {@code
 * ranking-<category>.png/.svg}, {@code channels.png/.svg}, {@code distribution.png/.svg}, {@code
 * trend.png/.svg} when weekly totals are given); {@code forms/推荐汇总表-<channel>.xlsx} and {@code
 * forms/信息采集表-<org_id>.xlsx}; the dashboard {@code index.html}, which links them; and the weekly
 * mail of the whole city under {@code mail/} ({@link WeeklyMail}), its charts beside it.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * Writes every output into {@code outDir} (created if missing); returns the files in writing
   * order.
   */
  public static List<Path> writeAll(ReportModel model, Path outDir) {
    createDirectories(outDir);
    // Three independent writers side by side (each file has one writer; the model is immutable):
    // on a small run the workbook and the charts are most of the time, and the machine's other
    // core is idle meanwhile.
    ExecutorService pool = Executors.newFixedThreadPool(2, ReportWriter::daemon);
    try {
      Future<Path> workbook = pool.submit(() -> WeeklyWorkbook.write(model, outDir));
      Future<List<Path>> charts = pool.submit(() -> Charts.writeAll(model, outDir));
      List<Path> files = new ArrayList<>(writeCsv(model, outDir));
      // Forms first: the page links every form it finds in forms/.
      List<Path> forms = OfficialForms.writeAll(model, outDir);
      Path html = HtmlReport.write(model, outDir);
      files.add(join(workbook));
      files.addAll(join(charts));
      files.addAll(forms);
      files.add(html);
      files.addAll(WeeklyMail.of(model, null).write(outDir));
      return files;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "kczg-report-writer");
    t.setDaemon(true);
    return t;
  }

  private static <T> T join(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing reports", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
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
    files.add(SelectionCsv.writeRecommendations(model, outDir));
    files.add(SelectionCsv.writeNotSelected(model, outDir));
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
