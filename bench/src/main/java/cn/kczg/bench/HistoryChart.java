package cn.kczg.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws {@code bench/history.png} from {@code bench/history.sh}'s TSV: the weekly step's seconds
 * (cold commands, and inside serve) and the DuckDB recompute's, against the drops behind it.
 *
 * <pre>
 * java -cp bench/target/kczg-bench.jar cn.kczg.bench.HistoryChart TSV PNG "subtitle"
 * </pre>
 */
public final class HistoryChart {
  private HistoryChart() {}

  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    XYSeries cold = new XYSeries("engine: weekly step, two cold commands");
    XYSeries serve = new XYSeries("engine: weekly step inside kczg serve");
    XYSeries duck = new XYSeries("DuckDB: recompute of every drop");
    for (String line : lines) {
      String[] f = line.split("\t");
      int drops = Integer.parseInt(f[0]);
      cold.add(drops, Double.parseDouble(f[4]));
      serve.add(drops, Double.parseDouble(f[5]));
      duck.add(drops, Double.parseDouble(f[6]));
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(cold);
    data.addSeries(serve);
    data.addSeries(duck);
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            "Weekly step against history (" + (args.length > 2 ? args[2] : "") + ")",
            "weekly drops behind the new one",
            "seconds",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    Color[] colors = {new Color(0x1f77b4), new Color(0x2ca02c), new Color(0xd62728)};
    for (int i = 0; i < colors.length; i++) {
      renderer.setSeriesPaint(i, colors[i]);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(renderer);
    ChartUtils.saveChartAsPNG(Path.of(args[1]).toFile(), chart, 800, 450);
  }
}
