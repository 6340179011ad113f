package cn.kczg.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.ReportWriter;
import cn.kczg.reports.SampleModels;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ShortlistEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints the dashboard to PDF in a real headless browser (Debian's {@code chromium}; CI installs
 * it) and reads the printed text back: a printed page holds every table whole. Skipped when no
 * browser is installed.
 */
final class DashboardPrintTest {
  private static final int ENTERPRISES = 98;
  @TempDir static Path dir;
  private static String printed;
  private static int pages;

  @BeforeAll
  static void printThePage() throws IOException, InterruptedException {
    HeadlessChromium browser = HeadlessChromium.find(dir).orElse(null);
    Assumptions.assumeTrue(browser != null, "chromium is not installed; skipping the print test");
    Path out = dir.resolve("out");
    ReportWriter.writeAll(longShortlist(), out);
    Path pdf = browser.printToPdf(out.resolve(HtmlReport.FILE_NAME), dir.resolve("index.pdf"));
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      printed = new PDFTextStripper().getText(doc);
      pages = doc.getNumberOfPages();
    }
  }

  /** A shortlist of 98 enterprises: more rows than any scroll box shows. */
  private static ReportModel longShortlist() {
    ReportModel small = SampleModels.small();
    List<OrgProgress> progress = new ArrayList<>();
    List<ShortlistEntry> shortlist = new ArrayList<>();
    for (int i = 1; i <= ENTERPRISES; i++) {
      String id = String.format("Q%03d", i);
      String name = "衡阳第" + i + "号示范科技有限公司";
      progress.add(
          new OrgProgress(
              id,
              name,
              "企业",
              "",
              "衡南县",
              "衡南县科协",
              IndicatorCounts.of(10, 6, 3, 30 + ENTERPRISES - i, 1),
              SampleModels.COMPANY_TARGETS,
              true,
              1.0,
              1.0,
              i,
              i));
      shortlist.add(new ShortlistEntry("企业", i, id, name, "衡南县科协", 1.0));
    }
    return ReportModel.of(
        small.program(),
        small.asOf(),
        small.previousAsOf(),
        progress,
        shortlist,
        small.channels(),
        small.reserve());
  }

  @Test
  void thePrintedDashboardHoldsTheWholeShortlistToItsLastOrganization() {
    String text = printed.replaceAll("\\s+", "");
    assertThat(text).contains("推荐名单（" + ENTERPRISES + "家）");
    assertThat(text).contains("衡阳第1号示范科技有限公司", "衡阳第" + ENTERPRISES + "号示范科技有限公司");
  }

  @Test
  void foldedLeagueTablesArePrintedOpenAndSectionsStartNewPages() {
    String text = printed.replaceAll("\\s+", "");
    // the 企业 league table has 98 rows, so it is folded on screen; printed, it is whole
    int league = text.indexOf("企业（" + ENTERPRISES + "家）");
    assertThat(league).as("the league table's heading").isPositive();
    assertThat(text.indexOf("衡阳第" + ENTERPRISES + "号示范科技有限公司", league)).isGreaterThan(league);
    assertThat(pages).as("sections start new pages").isGreaterThanOrEqualTo(6);
  }
}
