package cn.kczg.reports.chart;

import cn.kczg.reports.DailyActivity;
import cn.kczg.reports.text.FileNames;
import cn.kczg.reports.text.SharedText;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.AbstractIntervalXYDataset;
import org.jfree.data.xy.TableXYDataset;

/**
 * A small daily-activity chart of a flagged organization: items per day stacked by kind, every day
 * of the period on a time axis (an empty day is a gap, so a burst stands out against the usual
 * rate), a date label every week, the days a check singled out shaded red. Written as {@code
 * integrity/<org_id>.png}, {@value #WIDTH}×{@value #HEIGHT}, its texts in the process's language
 * ({@link Messages#current()}).
 *
 * <p>A run may draw one for each of thousands of flagged organizations, so the chart is kept cheap:
 * a time axis with weekly labels instead of a rotated label per day, bars drawn without
 * antialiasing (they are axis-aligned rectangles; text stays antialiased), and a size that is not a
 * large object for the collector. Drawing the 1,562 charts of the 1M-item benchmark in a cold JVM
 * went from 10.4 to 6.5 CPU-seconds (BENCHMARKS.md).
 */
public final class ActivityChart {
  /** Folder inside an output folder. */
  public static final String FOLDER = "integrity";

  /** Width of a chart in pixels. */
  public static final int WIDTH = 640;

  /** Height of a chart in pixels. */
  public static final int HEIGHT = 280;

  private static final Color MARK = new Color(0xC6, 0x28, 0x28, 0x40);
  private static final long DAY_MILLIS = 86_400_000L;
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private ActivityChart() {}

  /** The chart of one organization. */
  public static JFreeChart of(DailyActivity a) {
    DateAxis days = new DateAxis(null);
    days.setTimeZone(UTC);
    SimpleDateFormat format = new SimpleDateFormat("MM-dd", Locale.ROOT);
    format.setTimeZone(UTC);
    days.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, 7, format));
    days.setRange(millis(a.from()), millis(a.to().plusDays(1)));
    Messages m = Messages.current();
    NumberAxis count = new NumberAxis(m.text("chart.activity.axis"));
    count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    StackedXYBarRenderer renderer = new StackedXYBarRenderer();
    XYPlot plot = new XYPlot(new Days(a), days, count, renderer);
    for (LocalDate d : a.marked()) {
      if (!d.isBefore(a.from()) && !d.isAfter(a.to())) {
        plot.addDomainMarker(
            new IntervalMarker(millis(d), millis(d) + DAY_MILLIS, MARK), Layer.BACKGROUND);
      }
    }
    JFreeChart chart =
        new JFreeChart(
            m.text("chart.activity.title", SharedText.of(a.orgName())),
            ChartFonts.cjk(Font.BOLD, 14),
            plot,
            true);
    ChartFonts.theme().apply(chart);
    renderer.setDrawBarOutline(false);
    for (ItemKind kind : ItemKind.values()) {
      renderer.setSeriesPaint(kind.ordinal(), Palette.KINDS[kind.ordinal()]);
    }
    chart.setAntiAlias(false); // shapes only: text keeps its own antialiasing
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
                    of(a), folder.resolve(FileNames.safe(a.orgId()) + ".png"), WIDTH, HEIGHT))
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

  private static long millis(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /**
   * The counts of an organization's days as a table: one series per kind, one item per day of the
   * period (zero on a day without items), each bar spanning the middle three quarters of its day.
   */
  static final class Days extends AbstractIntervalXYDataset implements TableXYDataset {
    private final long[] starts;
    private final int[][] counts;

    Days(DailyActivity a) {
      int n = Math.toIntExact(a.to().toEpochDay() - a.from().toEpochDay() + 1);
      starts = new long[n];
      counts = new int[ItemKind.values().length][n];
      for (int i = 0; i < n; i++) {
        LocalDate day = a.from().plusDays(i);
        starts[i] = millis(day);
        for (ItemKind kind : ItemKind.values()) {
          counts[kind.ordinal()][i] = a.on(day).get(kind);
        }
      }
    }

    @Override
    public int getSeriesCount() {
      return counts.length;
    }

    @Override
    public Comparable<?> getSeriesKey(int series) {
      return Messages.current().kind(ItemKind.values()[series]);
    }

    @Override
    public int getItemCount() {
      return starts.length;
    }

    @Override
    public int getItemCount(int series) {
      return starts.length;
    }

    @Override
    public Number getX(int series, int item) {
      return starts[item] + DAY_MILLIS / 2;
    }

    @Override
    public Number getStartX(int series, int item) {
      return starts[item] + DAY_MILLIS / 8;
    }

    @Override
    public Number getEndX(int series, int item) {
      return starts[item] + DAY_MILLIS * 7 / 8;
    }

    @Override
    public Number getY(int series, int item) {
      return counts[series][item];
    }

    @Override
    public Number getStartY(int series, int item) {
      return getY(series, item);
    }

    @Override
    public Number getEndY(int series, int item) {
      return getY(series, item);
    }
  }
}
