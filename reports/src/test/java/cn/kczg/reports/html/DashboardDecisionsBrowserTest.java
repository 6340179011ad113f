package cn.kczg.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.ReportWriter;
import cn.kczg.reports.SampleModels;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The week's decisions in a real headless browser at 1400 px: the integrity and quarantine sections
 * render near the top, and the filter bar narrows the rows. Skipped without chromium.
 */
final class DashboardDecisionsBrowserTest {
  @TempDir static Path dir;
  private static HeadlessChromium browser;
  private static Path page;

  @BeforeAll
  static void writeThePage() {
    browser = HeadlessChromium.find(dir).orElse(null);
    Assumptions.assumeTrue(browser != null, "chromium is not installed; skipping the browser test");
    Path out = dir.resolve("out");
    ReportWriter.writeAll(SampleModels.decisions(), out);
    page = out.resolve(HtmlReport.FILE_NAME);
  }

  @Test
  void aScreenshotAt1400PixelsHoldsTheIntegrityAndQuarantineSections()
      throws IOException, InterruptedException {
    String dom = browser.dumpDom(page);
    assertThat(dom).contains("data-rendered=\"true\"");
    assertThat(dom)
        .contains("<section id=\"integrity\">", "<section id=\"quarantine\">")
        .contains("补上后 需求 2/3 → 3/3，全部达标");
    Path png = browser.screenshot(page, dir.resolve("decisions.png"), 1400, 2200);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1400);
    Path kept = Path.of("target", "dashboard-decisions.png");
    Files.createDirectories(kept.getParent());
    Files.copy(png, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void choosingAChannelHidesTheOtherChannelsRows() throws IOException, InterruptedException {
    String probe =
        "<script>(function(){var s=document.getElementById('filter-channel');"
            + "s.value='衡南县科协';s.dispatchEvent(new Event('change'));"
            + "var shown=[];document.querySelectorAll('#risk-table tbody tr').forEach(function(r){"
            + "if(!r.classList.contains('hidden')){shown.push(r.cells[0].textContent);}});"
            + "document.body.setAttribute('data-risk-shown',shown.join('|'));"
            + "var f=document.getElementById('filter-search');s.value='';f.value='耒阳';"
            + "f.dispatchEvent(new Event('input'));"
            + "document.body.setAttribute('data-search',document.getElementById('filter-count').textContent);"
            + "})();</script></body>";
    String html = Files.readString(page, StandardCharsets.UTF_8);
    Path probed =
        Files.writeString(
            page.resolveSibling("probe.html"),
            html.replace("</body>", probe),
            StandardCharsets.UTF_8);
    String dom = browser.dumpDom(probed);
    assertThat(dom).contains("data-risk-shown=\"\"");
    assertThat(dom).containsPattern("data-search=\"显示\\d+/\\d+行\"");
  }
}
