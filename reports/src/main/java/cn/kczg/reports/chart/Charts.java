package cn.kczg.reports.chart;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.FileNames;
import cn.kczg.schemas.messages.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every chart of an output folder, each once, as PNG and SVG: {@code met-trend}
 * (organizations meeting every target per category, week by week) when the weeks are given, {@code
 * ranking-<category>} per category with organizations, {@code distribution} (completion bands per
 * category), {@code channels} when there are channels, and {@code trend} (published items) when
 * weekly totals are given. Titles, axes and legends are in the model's language.
 */
public final class Charts {
  /** Width of every chart in pixels. */
  public static final int WIDTH = 1000;

  /**
   * The file name (without extension) of the weekly chart of organizations meeting every target.
   */
  public static final String MET_TREND = "met-trend";

  private Charts() {}

  /** Writes the charts into {@code dir}; returns the files written. */
  public static List<Path> writeAll(ReportModel model, Path dir) {
    List<Path> files = new ArrayList<>();
    for (ChartImage image : images(model)) {
      files.addAll(write(image, dir));
    }
    return files;
  }

  /**
   * The charts of a model in the order pages show them: the weekly chart of organizations meeting
   * every target, the ranking of each category with organizations, the completion distribution, the
   * channels and the trend of published items (when they have data).
   */
  public static List<ChartImage> images(ReportModel model) {
    Messages m = model.messages();
    List<ChartImage> out = new ArrayList<>();
    if (MetTrendChart.hasData(model)) {
      out.add(
          new ChartImage(
              MET_TREND,
              m.text("chart.met_trend.caption"),
              MetTrendChart.of(model),
              WIDTH,
              MetTrendChart.height(model)));
    }
    for (String category : model.categories()) {
      if (model.progress().stream().anyMatch(p -> category.equals(p.category()))) {
        out.add(ranking(model, category, "ranking-" + FileNames.safe(category)));
      }
    }
    if (!model.progress().isEmpty()) {
      out.add(
          new ChartImage(
              "distribution",
              m.text("chart.distribution.caption"),
              DistributionChart.of(model),
              WIDTH,
              DistributionChart.height(model)));
    }
    if (!model.channels().isEmpty()) {
      out.add(
          new ChartImage(
              "channels",
              m.text("chart.channels.caption"),
              ChannelChart.of(model),
              WIDTH,
              ChannelChart.height(model)));
    }
    if (!model.weeklyTotals().isEmpty()) {
      out.add(
          new ChartImage(
              "trend",
              m.text("chart.trend.caption"),
              TrendChart.of(model),
              WIDTH,
              TrendChart.HEIGHT));
    }
    return out;
  }

  /** The ranking chart of one category, to be written as {@code name.png} and {@code .svg}. */
  public static ChartImage ranking(ReportModel model, String category, String name) {
    return new ChartImage(
        name,
        model.messages().text("chart.ranking.caption", category),
        RankingChart.of(model, category),
        WIDTH,
        RankingChart.height(model, category));
  }

  /** Writes one chart as PNG and SVG into {@code dir}. */
  public static List<Path> write(ChartImage image, Path dir) {
    return ChartFiles.write(image.chart(), dir, image.name(), image.width(), image.height());
  }
}
