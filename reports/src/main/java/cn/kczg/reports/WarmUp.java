package cn.kczg.reports;

import cn.kczg.reports.chart.ChartFonts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Loads and initializes what writing the outputs needs (the bundled font, POI's workbook classes,
 * JFreeChart's renderers) on a background thread, so a cold {@code kczg run} does it while the
 * driver waits for its first Spark queries instead of afterwards (within the noise of a cold city
 * run, BENCHMARKS.md). Writes nothing; a failure here is ignored, the real writers report their
 * own.
 */
public final class WarmUp {
  private WarmUp() {}

  /** Starts the warm-up on a daemon thread and returns at once. */
  public static Thread start() {
    Thread t = new Thread(WarmUp::run, "kczg-report-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
    return t;
  }

  static void run() {
    try {
      ChartFonts.cjk();
      DefaultCategoryDataset data = new DefaultCategoryDataset();
      data.addValue(1, "资讯", "衡阳");
      JFreeChart chart = ChartFactory.createBarChart("", "", "", data);
      ChartFonts.theme().apply(chart);
      chart.draw(
          new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB).createGraphics(),
          new java.awt.Rectangle(64, 48));
      try (SXSSFWorkbook workbook = new SXSSFWorkbook(16)) {
        workbook.createSheet("示范").createRow(0).createCell(0).setCellValue("衡阳");
        workbook.write(new ByteArrayOutputStream());
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      // Nothing to do: the writers load the same classes again and report real problems.
    }
  }
}
