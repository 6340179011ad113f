package cn.kczg.reports.chart;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.FileNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every chart of an output folder: {@code ranking} (the program's leading category, 企业 for
 * hengyang-2022), {@code ranking-<category>} per category with organizations, {@code distribution}
 * (completion bands per category), {@code channels} when there are channels, and {@code trend} when
 * weekly totals are given; each as PNG and SVG.
 */
public final class Charts {
  /** Width of every chart in pixels. */
  public static final int WIDTH = 1000;

  private Charts() {}

  /** Writes the charts into {@code dir}; returns the files written. */
  public static List<Path> writeAll(ReportModel model, Path dir) {
    List<Path> files = new ArrayList<>();
    String leading = model.program().leadingCategory();
    files.addAll(write(ranking(model, leading, "ranking"), dir));
    for (ChartImage image : images(model)) {
      files.addAll(write(image, dir));
    }
    return files;
  }

  /**
   * The charts of a model in the order pages show them: the ranking of each category with
   * organizations, the completion distribution, the channels and the trend (when they have data).
   */
  public static List<ChartImage> images(ReportModel model) {
    List<ChartImage> out = new ArrayList<>();
    for (String category : model.categories()) {
      if (model.progress().stream().anyMatch(p -> category.equals(p.category()))) {
        out.add(ranking(model, category, "ranking-" + FileNames.safe(category)));
      }
    }
    if (!model.progress().isEmpty()) {
      out.add(
          new ChartImage(
              "distribution",
              "完成度分布",
              DistributionChart.of(model),
              WIDTH,
              DistributionChart.height(model)));
    }
    if (!model.channels().isEmpty()) {
      out.add(
          new ChartImage(
              "channels", "推荐渠道名额使用", ChannelChart.of(model), WIDTH, ChannelChart.height(model)));
    }
    if (!model.weeklyTotals().isEmpty()) {
      out.add(new ChartImage("trend", "全市发布量周趋势", TrendChart.of(model), WIDTH, TrendChart.HEIGHT));
    }
    return out;
  }

  /** The ranking chart of one category, to be written as {@code name.png} and {@code .svg}. */
  public static ChartImage ranking(ReportModel model, String category, String name) {
    return new ChartImage(
        name,
        category + "完成度排名",
        RankingChart.of(model, category),
        WIDTH,
        RankingChart.height(model, category));
  }

  /** Writes one chart as PNG and SVG into {@code dir}. */
  public static List<Path> write(ChartImage image, Path dir) {
    return ChartFiles.write(image.chart(), dir, image.name(), image.width(), image.height());
  }
}
