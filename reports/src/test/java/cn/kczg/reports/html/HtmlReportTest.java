package cn.kczg.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.SampleModels;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class HtmlReportTest {
  private static final String PAGE =
      HtmlReport.page(SampleModels.small(), List.of("forms/推荐汇总表-衡南县科协.xlsx"));

  @Test
  void inputTextIsEscapedAndNeutralized() {
    assertThat(PAGE)
        .contains("<td>&#39;=HYPERLINK(&quot;http://evil.example&quot;,&quot;点我&quot;)</td>");
    assertThat(PAGE).doesNotContain("<td>=HYPERLINK").contains("<td>&#39;-1+2@公司</td>");
  }

  @Test
  void pageShowsEveryChartBesideItAndNoPhones() {
    assertThat(PAGE)
        .contains(
            "<img src=\"ranking-%E4%BC%81%E4%B8%9A.png\"",
            "<img src=\"distribution.png\"",
            "<img src=\"channels.png\"",
            "<a href=\"channels.svg\"")
        .doesNotContain("trend.png");
    assertThat(PAGE).doesNotContain("13812345678").doesNotContain("8839102");
  }

  @Test
  void pageIsSelfContained() {
    Matcher refs = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(PAGE);
    while (refs.find()) {
      assertThat(refs.group(1))
          .as("a link that leaves the folder")
          .doesNotContain(":")
          .doesNotStartWith("/")
          .doesNotStartWith("..");
    }
    assertThat(PAGE)
        .doesNotContain("<link")
        .doesNotContain("@import")
        .doesNotContain("url(")
        .contains("<style>", "<script>");
  }

  @Test
  void linksTheWorkbookTheCsvFilesAndEveryForm() {
    assertThat(PAGE)
        .contains(
            "href=\"weekly-report.xlsx\"",
            "href=\"progress.csv\"",
            "href=\"forms/%E6%8E%A8%E8%8D%90%E6%B1%87%E6%80%BB%E8%A1%A8-%E8%A1%A1%E5%8D%97%E5%8E%BF%E7%A7%91%E5%8D%8F.xlsx\"");
  }

  @Test
  void leagueTablesAreSortableWithNumericSortValues() {
    assertThat(PAGE)
        .contains("<table id=\"league-0\" class=\"sortable\">", "<th class=\"num\">完成度</th>");
    assertThat(PAGE)
        .contains(
            "<td class=\"n unmet\" data-v=\"9\">9/10</td>",
            "<td class=\"n up\" data-v=\"1\">▲1</td>");
  }

  @Test
  void summaryShowsTheChangeSinceLastWeek() {
    assertThat(PAGE)
        .contains(
            "<td>企业</td><td class=\"n\" data-v=\"4\">4</td><td class=\"n\" data-v=\"2\">2</td>"
                + "<td class=\"n up\" data-v=\"1\">+1</td>");
  }

  @Test
  void atRiskListsProjectedDatesPerIndicator() {
    String risk =
        PAGE.substring(
            PAGE.indexOf("<section id=\"risk\">"), PAGE.indexOf("<section id=\"integrity\">"));
    assertThat(risk)
        .contains(
            "截止前有风险（2家",
            "湖南华菱衡阳钢管有限公司",
            "<td class=\"unmet\">无进展</td>",
            "<td class=\"unmet\">2022-08-30</td>",
            "<td>2022-07-18</td>");
  }

  @Test
  void reserveSaysWhatIsMissing() {
    assertThat(PAGE).contains("专家差1人、资讯差4条");
  }

  @Test
  void theSameModelGivesTheSamePage() {
    assertThat(HtmlReport.page(SampleModels.small(), List.of("forms/推荐汇总表-衡南县科协.xlsx")))
        .isEqualTo(PAGE);
  }

  @Test
  void theTwoStagesHaveTheirSectionsEachCutSayingWhy() {
    String page = HtmlReport.page(cn.kczg.reports.SampleModels.twoStage());
    assertThat(page)
        .contains("<section id=\"recommendations\"><h2>各渠道推荐名单（推荐3家，未填25个名额）</h2>")
        .contains("<td class=\"unmet\">未填（最接近）</td><td>湖南华菱衡阳钢管有限公司</td>")
        .contains("<section id=\"not-selected\"><h2>达标未入选（1家）</h2>")
        .contains("<td>衡阳某某科技有限公司</td><td>衡南县科协</td><td>推荐（渠道名额）</td>")
        .contains("按引擎附加的决胜规则“发布总量”决定：50 &gt; 48")
        .contains("<a href=\"#not-selected\">达标未入选</a>");
  }

  @Test
  void theShortlistSaysWhichPlacesATieBreakDecided() {
    var model = cn.kczg.reports.SampleModels.small();
    var decided =
        model.shortlist().stream()
            .map(e -> e.orgId().equals("E001") ? e.withTieBreak("与未入选的X（E9）得分相同…") : e)
            .toList();
    String page =
        HtmlReport.page(
            cn.kczg.reports.ReportModel.of(
                model.program(),
                model.asOf(),
                null,
                model.progress(),
                decided,
                model.channels(),
                model.reserve()));
    assertThat(page)
        .contains("<p>其中1家（“决胜”列标“是”）与未入选的达标单位得分相同")
        .contains("<td class=\"n met\" data-v=\"1\">100.0%</td><td>是</td></tr>");
  }

  @Test
  void printedEveryTableIsWholeAndEverySectionStartsAPage() {
    assertThat(PAGE)
        .contains("@page{size:A4;", ".scroll{max-height:none;overflow:visible}")
        .contains("thead{display:table-header-group}", "section{", "break-before:page")
        .contains("window.addEventListener('beforeprint',unfold);");
  }
}
