package cn.kczg.reports.chart;

import cn.kczg.reports.ReportErrors;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import org.jfree.chart.StandardChartTheme;

/**
 * The bundled Chinese font, loaded once from the classpath and registered with the JVM, and the
 * chart theme that uses it for every text of a chart.
 */
public final class ChartFonts {
  /** Where the font lies on the classpath. */
  public static final String RESOURCE = "fonts/wqy-microhei.ttc";

  private static volatile Font base;

  static {
    // Charts are drawn off-screen; without a display, AWT must not try to open one.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ChartFonts() {}

  /** The bundled WenQuanYi Micro Hei at 1 pt; derive sizes from it. */
  public static Font cjk() {
    Font f = base;
    if (f == null) {
      synchronized (ChartFonts.class) {
        if (base == null) {
          base = load();
        }
        f = base;
      }
    }
    return f;
  }

  /** The font at a size and style, e.g. {@code cjk(Font.BOLD, 18)}. */
  public static Font cjk(int style, float size) {
    return cjk().deriveFont(style, size);
  }

  /** A light theme whose fonts are all the bundled Chinese font. */
  public static StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("kczg", false);
    theme.setExtraLargeFont(cjk(Font.BOLD, 20));
    theme.setLargeFont(cjk(Font.BOLD, 14));
    theme.setRegularFont(cjk(Font.PLAIN, 12));
    theme.setSmallFont(cjk(Font.PLAIN, 10));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(Palette.GRID);
    theme.setRangeGridlinePaint(Palette.GRID);
    theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
    theme.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
    theme.setShadowVisible(false);
    return theme;
  }

  private static Font load() {
    try (InputStream in = ChartFonts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw ReportErrors.fontMissing(RESOURCE, null);
      }
      Font font = Font.createFont(Font.TRUETYPE_FONT, in);
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
      return font;
    } catch (IOException | FontFormatException e) {
      throw ReportErrors.fontMissing(RESOURCE, e);
    }
  }
}
