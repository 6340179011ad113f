package cn.kczg.reports.chart;

import static java.util.Objects.requireNonNull;

import org.jfree.chart.JFreeChart;

/**
 * One chart of an output folder with the file name (without extension) and pixel size it is drawn
 * at, and a caption for pages that show it.
 *
 * @param name file name without extension, e.g. {@code ranking-企业}
 * @param caption what it shows, e.g. 企业完成度排名
 * @param chart the chart
 * @param width width in pixels
 * @param height height in pixels
 */
public record ChartImage(String name, String caption, JFreeChart chart, int width, int height) {
  public ChartImage {
    requireNonNull(name, "name is null");
    requireNonNull(chart, "chart is null");
  }

  /** The PNG file name, e.g. {@code ranking-企业.png}. */
  public String png() {
    return name + ".png";
  }

  /** The SVG file name. */
  public String svg() {
    return name + ".svg";
  }
}
