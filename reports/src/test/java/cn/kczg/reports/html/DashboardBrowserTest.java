package cn.kczg.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.ReportWriter;
import cn.kczg.reports.SampleModels;
import cn.kczg.reports.WeeklyTotal;
import cn.kczg.schemas.model.IndicatorCounts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the dashboard in a real headless browser (Debian's {@code chromium}; CI installs it).
 * Skipped when no browser is installed, so a local build without one still passes.
 */
final class DashboardBrowserTest {
  @TempDir static Path dir;
  private static HeadlessChromium browser;
  private static Path out;
  private static String dom;

  @BeforeAll
  static void openThePage() throws IOException, InterruptedException {
    browser = HeadlessChromium.find(dir).orElse(null);
    Assumptions.assumeTrue(browser != null, "chromium is not installed; skipping the browser test");
    ReportModel model =
        SampleModels.small()
            .withWeeklyTotals(
                List.of(
                    new WeeklyTotal(
                        SampleModels.AS_OF.minusDays(7), IndicatorCounts.of(100, 50, 20, 300, 10)),
                    new WeeklyTotal(SampleModels.AS_OF, IndicatorCounts.of(120, 60, 25, 340, 12))));
    out = dir.resolve("out");
    ReportWriter.writeAll(model, out);
    dom = browser.dumpDom(out.resolve(HtmlReport.FILE_NAME));
  }

  @Test
  void scriptRanAndEveryImageDecoded() {
    Matcher images = Pattern.compile("data-images=\"(\\d+)/(\\d+)\"").matcher(dom);
    assertThat(dom).contains("data-rendered=\"true\"");
    assertThat(images.find()).as("data-images on body").isTrue();
    assertThat(images.group(1)).as("images decoded").isEqualTo(images.group(2));
    assertThat(Integer.parseInt(images.group(2))).isEqualTo(count(dom, "<img ")).isEqualTo(5);
  }

  @Test
  void tablesRenderWithTheirRowsAndSortableHeaders() {
    assertThat(dom)
        .contains(
            "id=\"league-1\"",
            "id=\"shortlist-table\"",
            "id=\"risk-table\"",
            "id=\"summary-channels\"");
    assertThat(dom).contains("data-sortable=\"" + count(dom, "class=\"sortable\"") + "\"");
    assertThat(dom).contains("tabindex=\"0\" title=\"点击排序\"");
    assertThat(dom).contains("衡阳恒飞电缆有限责任公司", "&#39;=HYPERLINK".replace("&#39;", "'"));
  }

  @Test
  void clickingAHeaderSortsByItsNumbersAndASecondClickReverses()
      throws IOException, InterruptedException {
    String page = Files.readString(out.resolve(HtmlReport.FILE_NAME));
    String probe =
        "<script>(function(){var t=document.getElementById('league-1');"
            + "var th=Array.prototype.find.call(t.tHead.rows[0].cells,function(h){return h.textContent==='完成度';});"
            + "function first(){return t.tBodies[0].rows[0].cells[2].textContent;}"
            + "th.click();document.body.setAttribute('data-asc',first());"
            + "th.click();document.body.setAttribute('data-desc',first());})();</script></body>";
    Path probed =
        Files.writeString(
            out.resolve("probe.html"), page.replace("</body>", probe), StandardCharsets.UTF_8);
    String sorted = browser.dumpDom(probed);
    assertThat(sorted).contains("data-asc=\"'-1+2@公司\"", "data-desc=\"衡阳恒飞电缆有限责任公司\"");
  }

  @Test
  void screenshotShowsThePage() throws IOException, InterruptedException {
    Path png =
        browser.screenshot(
            out.resolve(HtmlReport.FILE_NAME), dir.resolve("dashboard.png"), 1400, 1000);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1400);
    assertThat(image.getHeight()).isEqualTo(1000);
    assertThat(image.getRGB(20, 20))
        .as("the dark header band")
        .isNotEqualTo(image.getRGB(700, 990));
    Path kept = Path.of("target", "dashboard-screenshot.png");
    Files.createDirectories(kept.getParent());
    Files.copy(png, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
