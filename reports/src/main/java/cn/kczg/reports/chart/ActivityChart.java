package cn.kczg.reports.chart;

import cn.kczg.reports.DailyActivity;
import cn.kczg.reports.text.FileNames;
import cn.kczg.schemas.model.ItemKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A small daily-activity chart of a flagged organization: items per day stacked by kind, every day
 * of the period on the axis (empty days included, so a burst stands out against the usual rate),
 * the days a check singled out marked in red. Written as {@code integrity/<org_id>.png}.
 */
public final class ActivityChart {
  /** Folder inside an output folder. */
  public static final String FOLDER = "integrity";

  private static final Color MARK = new Color(0xC6, 0x28, 0x28, 0x40);

  private ActivityChart() {}

  /** The chart of one organization. */
  public static JFreeChart of(DailyActivity a) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (LocalDate d = a.from(); !d.isAfter(a.to()); d = d.plusDays(1)) {
      for (ItemKind kind : ItemKind.values()) {
        data.addValue(a.on(d).get(kind), kind.label(), label(d));
      }
    }
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            a.orgName() + " 每日发布", "日期", "条目数", data, PlotOrientation.VERTICAL, true, false, false);
    ChartFonts.theme().apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
    for (ItemKind kind : ItemKind.values()) {
      renderer.setSeriesPaint(kind.ordinal(), Palette.KINDS[kind.ordinal()]);
    }
    for (LocalDate d : a.marked()) {
      if (!d.isBefore(a.from()) && !d.isAfter(a.to())) {
        CategoryMarker marker = new CategoryMarker(label(d), MARK, new BasicStroke(1f));
        marker.setDrawAsLine(false);
        plot.addDomainMarker(marker, Layer.BACKGROUND);
      }
    }
    CategoryAxis axis = plot.getDomainAxis();
    axis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    axis.setTickLabelFont(ChartFonts.cjk(java.awt.Font.PLAIN, 8));
    return chart;
  }

  /**
   * Writes {@code dir/integrity/<org_id>.png} for each organization, after removing the charts of
   * an earlier run there (an organization no longer flagged must not keep its chart); returns the
   * files, in the order of {@code activities}. Charts are drawn in parallel.
   */
  public static List<Path> writeAll(List<DailyActivity> activities, Path dir) {
    Path folder = dir.resolve(FOLDER);
    try {
      clear(folder);
      if (activities.isEmpty()) {
        return List.of();
      }
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw cn.kczg.reports.ReportErrors.cannotWrite(folder, e);
    }
    // Each chart is drawn and encoded on its own; a run may flag thousands of organizations.
    return activities.parallelStream()
        .map(
            a ->
                ChartFiles.writePng(
                    of(a), folder.resolve(FileNames.safe(a.orgId()) + ".png"), 800, 360))
        .toList();
  }

  private static void clear(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      try (var files = Files.list(folder)) {
        for (Path png : files.filter(p -> p.toString().endsWith(".png")).toList()) {
          Files.delete(png);
        }
      }
    }
  }

  private static String label(LocalDate d) {
    return String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
  }
}
