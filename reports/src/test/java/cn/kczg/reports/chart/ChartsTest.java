package cn.kczg.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.SampleModels;
import cn.kczg.reports.WeeklyStanding;
import cn.kczg.reports.WeeklyTotal;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.result.OrgProgress;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ChartsTest {
  @TempDir Path dir;

  @Test
  void bundledFontDrawsChinese() {
    Font font = ChartFonts.cjk(Font.PLAIN, 12);
    assertThat(font.canDisplayUpTo("衡阳市科协")).isEqualTo(-1);
    assertThat(font.getFamily()).contains("WenQuanYi");
  }

  @Test
  void rankingChartIsAPngOfTheExpectedSize() throws IOException {
    List<Path> files =
        Charts.write(Charts.ranking(SampleModels.companies(40), "企业", "ranking"), dir);
    BufferedImage image = ImageIO.read(files.get(0).toFile());
    assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
    assertThat(image.getHeight()).isEqualTo(160 + 32 * RankingChart.TOP);
    assertThat(files.get(1)).hasFileName("ranking.svg");
    assertThat(Files.readString(files.get(1))).startsWith("<?xml").contains("<svg");
  }

  @Test
  void writesEachChartOnceTheWeeklyMeetingAllOneRankingPerCategoryTheChannelsAndTheTrend() {
    ReportModel model =
        SampleModels.small()
            .withWeeklyTotals(
                List.of(
                    new WeeklyTotal(
                        SampleModels.AS_OF.minusDays(7), IndicatorCounts.of(100, 50, 20, 300, 10)),
                    new WeeklyTotal(SampleModels.AS_OF, IndicatorCounts.of(120, 60, 25, 340, 12))))
            .withWeeklyStandings(
                List.of(
                    new WeeklyStanding(SampleModels.AS_OF.minusDays(7), List.of("E001")),
                    new WeeklyStanding(SampleModels.AS_OF, List.of("E001", "E002"))));
    List<String> names =
        Charts.writeAll(model, dir).stream().map(p -> p.getFileName().toString()).toList();
    assertThat(names)
        .containsExactly(
            "met-trend.png",
            "met-trend.svg",
            "ranking-高校.png",
            "ranking-高校.svg",
            "ranking-企业.png",
            "ranking-企业.svg",
            "distribution.png",
            "distribution.svg",
            "channels.png",
            "channels.svg",
            "trend.png",
            "trend.svg");
  }

  @Test
  void rankingTitleCountsTheCategoryAndTheTiesAtTheTop() {
    var chart = RankingChart.of(SampleModels.small(), "企业");
    assertThat(chart.getTitle().getText()).startsWith("企业 前4名（共4家，2家全部达标");
    assertThat(((org.jfree.chart.title.TextTitle) chart.getSubtitle(1)).getText())
        .startsWith("2家完成度并列100%，条长以发布量相对目标区分。");
  }

  @Test
  void rankingBarsSeparateOrganizationsBeyondTheirTargetsAndTheAxisEndsAtTheLongest() {
    ReportModel model = SampleModels.companies(40);
    var plot = RankingChart.of(model, "企业").getCategoryPlot();
    List<OrgProgress> top =
        model.progress().stream().filter(p -> p.category().equals("企业")).limit(15).toList();
    double longest = top.stream().mapToDouble(RankingChart::relative).max().orElseThrow() * 100;
    assertThat(plot.getDataset().getValue(0, 0).doubleValue())
        .isCloseTo(
            RankingChart.relative(top.get(0)) * 100, org.assertj.core.data.Offset.offset(0.1));
    assertThat(plot.getRangeAxis().getUpperBound())
        .isGreaterThan(longest)
        .isLessThan(longest * 1.3);
    assertThat(plot.getRangeAxis().getLowerBound()).isZero();
  }

  @Test
  void channelBarsCarryTheirFillAndAreSortedByIt() {
    var plot = ChannelChart.of(SampleModels.small()).getCategoryPlot();
    assertThat(plot.getDataset().getColumnKeys()).contains("衡南县科协  2/10");
    List<cn.kczg.schemas.result.ChannelFill> channels =
        List.of(
            new cn.kczg.schemas.result.ChannelFill("甲科协", 10, 3, 1, 0, 1),
            new cn.kczg.schemas.result.ChannelFill("乙科协", 10, 9, 9, 0, 9),
            new cn.kczg.schemas.result.ChannelFill("丙科协", 4, 4, 4, 0, 4));
    assertThat(ChannelChart.byFill(channels))
        .extracting(cn.kczg.schemas.result.ChannelFill::channel)
        .containsExactly("丙科协", "乙科协", "甲科协");
  }

  @Test
  void distributionCountsOrganizationsPerCompletionBand() {
    var counts = cn.kczg.reports.summary.CompletionBands.of(SampleModels.small());
    assertThat(counts.get("企业")).containsExactly(0, 1, 0, 1, 0, 2);
    assertThat(counts.get("高校")).containsExactly(0, 0, 0, 0, 0, 1);
    var data = DistributionChart.of(SampleModels.small()).getCategoryPlot().getDataset();
    assertThat(data.getValue("100%", "企业（4家）").intValue()).isEqualTo(2);
  }

  @Test
  void bandsIncludeTheirLowerBound() {
    assertThat(cn.kczg.reports.summary.CompletionBands.band(0.2)).isEqualTo(1);
    assertThat(cn.kczg.reports.summary.CompletionBands.band(0.9999)).isEqualTo(4);
    assertThat(cn.kczg.reports.summary.CompletionBands.band(1.0)).isEqualTo(5);
    assertThat(cn.kczg.reports.summary.CompletionBands.band(0)).isEqualTo(0);
  }

  @Test
  void trendHasOnePanelPerIndicator() {
    ReportModel model =
        SampleModels.small()
            .withWeeklyTotals(
                List.of(
                    new WeeklyTotal(SampleModels.AS_OF, IndicatorCounts.of(120, 60, 25, 340, 12))));
    var plot = (org.jfree.chart.plot.CombinedDomainCategoryPlot) TrendChart.of(model).getPlot();
    assertThat(plot.getSubplots()).hasSize(5);
  }

  @Test
  void weeklyPanelsStartTheirAxesAtZero() {
    ReportModel model =
        SampleModels.small()
            .withWeeklyTotals(
                List.of(
                    new WeeklyTotal(
                        SampleModels.AS_OF.minusDays(7), IndicatorCounts.of(3000, 50, 20, 300, 10)),
                    new WeeklyTotal(
                        SampleModels.AS_OF, IndicatorCounts.of(3084, 60, 25, 340, 12))));
    var plot = (org.jfree.chart.plot.CombinedDomainCategoryPlot) TrendChart.of(model).getPlot();
    for (Object panel : plot.getSubplots()) {
      assertThat(((org.jfree.chart.plot.CategoryPlot) panel).getRangeAxis().getLowerBound())
          .isZero();
    }
  }

  @Test
  void theWeeklyMeetingAllChartCountsEachCategorysOrganizationsMeetingEveryTarget() {
    ReportModel model =
        SampleModels.small()
            .withWeeklyStandings(
                List.of(
                    new WeeklyStanding(SampleModels.AS_OF.minusDays(7), List.of("E001")),
                    new WeeklyStanding(SampleModels.AS_OF, List.of("E001", "E002", "U001"))));
    var series = MetTrendChart.series(model);
    assertThat(series.get("企业").values()).containsExactly(1, 2);
    assertThat(series.get("高校").values()).containsExactly(0, 1);
    assertThat(MetTrendChart.of(model).getTitle().getText()).startsWith("各类机构全部达标的机构数，逐周");
  }

  @Test
  void chartsAreTheSameBytesWhenDrawnTwice() throws IOException {
    ReportModel model = SampleModels.small();
    Path a = Files.createDirectory(dir.resolve("a"));
    Path b = Files.createDirectory(dir.resolve("b"));
    List<Path> first = Charts.writeAll(model, a);
    List<Path> second = Charts.writeAll(model, b);
    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readAllBytes(first.get(i)))
          .as(first.get(i).toString())
          .isEqualTo(Files.readAllBytes(second.get(i)));
    }
  }
}
