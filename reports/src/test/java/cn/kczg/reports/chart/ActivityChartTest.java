package cn.kczg.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.DailyActivity;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.TableXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ActivityChartTest {
  private static final LocalDate TO = LocalDate.of(2022, 7, 11);
  @TempDir Path dir;

  private static DailyActivity burst() {
    return DailyActivity.of(
        "HY/QY01",
        "衡阳市甲科技有限公司",
        TO.minusDays(55),
        TO,
        Map.of(
            TO.minusDays(1),
            IndicatorCounts.of(0, 0, 0, 27, 0),
            TO.minusDays(3),
            IndicatorCounts.of(1, 0, 0, 2, 0)),
        List.of(TO.minusDays(1)));
  }

  @Test
  void writesOnePngPerOrganizationUnderIntegrityWithASafeName() throws IOException {
    List<Path> files = ActivityChart.writeAll(List.of(burst()), dir);
    assertThat(files).containsExactly(dir.resolve("integrity").resolve("HY_QY01.png"));
    byte[] png = Files.readAllBytes(files.get(0));
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }

  @Test
  void sameActivityGivesTheSameBytes() throws IOException {
    byte[] first =
        Files.readAllBytes(ActivityChart.writeAll(List.of(burst()), dir.resolve("a")).get(0));
    byte[] second =
        Files.readAllBytes(ActivityChart.writeAll(List.of(burst()), dir.resolve("b")).get(0));
    assertThat(first).isEqualTo(second);
  }

  @Test
  void everyDayOfThePeriodIsOnTheAxis() {
    var plot = ActivityChart.of(burst()).getXYPlot();
    var data = (TableXYDataset) plot.getDataset();
    assertThat(data.getItemCount()).isEqualTo(56);
    assertThat(data.getSeriesKey(ItemKind.NEWS.ordinal())).isEqualTo("资讯");
    assertThat(data.getY(ItemKind.NEWS.ordinal(), 54).intValue()).isEqualTo(27); // 07-10
    assertThat(data.getY(ItemKind.NEWS.ordinal(), 53).intValue()).isZero(); // a day without items
    assertThat(plot.getDomainAxis().getRange().getLength()).isEqualTo(56 * 86_400_000.0);
  }

  @Test
  void theMarkedDayIsShaded() {
    var markers = ActivityChart.of(burst()).getXYPlot().getDomainMarkers(Layer.BACKGROUND);
    assertThat(markers).hasSize(1);
    var marker = (IntervalMarker) markers.iterator().next();
    long start = TO.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    assertThat(marker.getStartValue()).isEqualTo(start);
    assertThat(marker.getEndValue()).isEqualTo(start + 86_400_000.0);
  }

  @Test
  void theChartIsSmall() throws IOException {
    var image =
        javax.imageio.ImageIO.read(ActivityChart.writeAll(List.of(burst()), dir).get(0).toFile());
    assertThat(image.getWidth()).isEqualTo(ActivityChart.WIDTH);
    assertThat(image.getHeight()).isEqualTo(ActivityChart.HEIGHT);
  }

  @Test
  void chartsOfAnEarlierRunAreRemoved() throws IOException {
    Files.createDirectories(dir.resolve("integrity"));
    Files.writeString(dir.resolve("integrity").resolve("OLD.png"), "stale");
    assertThat(ActivityChart.writeAll(List.of(burst()), dir)).hasSize(1);
    assertThat(Files.exists(dir.resolve("integrity").resolve("OLD.png"))).isFalse();
  }

  @Test
  void noActivitiesWriteNothing() {
    assertThat(ActivityChart.writeAll(List.of(), dir)).isEmpty();
    assertThat(Files.exists(dir.resolve("integrity"))).isFalse();
  }
}
