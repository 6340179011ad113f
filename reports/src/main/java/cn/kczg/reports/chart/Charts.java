package cn.kczg.reports.chart;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.FileNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every chart of an output folder: {@code ranking} (the program's leading category, 企业
 * for hengyang-2022), {@code ranking-<category>} per category with organizations, {@code
 * channels} when there are channels, and {@code trend} when weekly totals are given; each as PNG
 * and SVG.
 */
public final class Charts {
  /** Width of every chart in pixels. */
  public static final int WIDTH = 1000;

  private Charts() {}

  /** Writes the charts into {@code dir}; returns the files written. */
  public static List<Path> writeAll(ReportModel model, Path dir) {
    List<Path> files = new ArrayList<>();
    String leading = model.program().leadingCategory();
    files.addAll(ranking(model, leading, dir, "ranking"));
    for (String category : model.categories()) {
      if (model.progress().stream().anyMatch(p -> category.equals(p.category()))) {
        files.addAll(ranking(model, category, dir, "ranking-" + FileNames.safe(category)));
      }
    }
    if (!model.channels().isEmpty()) {
      files.addAll(ChartFiles.write(ChannelChart.of(model), dir, "channels", WIDTH, ChannelChart.height(model)));
    }
    if (!model.weeklyTotals().isEmpty()) {
      files.addAll(ChartFiles.write(TrendChart.of(model), dir, "trend", WIDTH, 500));
    }
    return files;
  }

  /** Writes the ranking chart of one category as {@code dir/name.png} and {@code .svg}. */
  public static List<Path> ranking(ReportModel model, String category, Path dir, String name) {
    return ChartFiles.write(RankingChart.of(model, category), dir, name, WIDTH, RankingChart.height(model, category));
  }
}
