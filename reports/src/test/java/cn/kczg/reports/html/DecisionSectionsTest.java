package cn.kczg.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.SampleModels;
import cn.kczg.schemas.messages.Language;
import org.junit.jupiter.api.Test;

/** The dashboard's sections of the week's decisions, on a model with flags and quarantined rows. */
final class DecisionSectionsTest {
  private static final String PAGE = HtmlReport.page(SampleModels.decisions());

  private static String section(String id) {
    int start = PAGE.indexOf("<section id=\"" + id + "\">");
    return PAGE.substring(start, PAGE.indexOf("</section>", start));
  }

  @Test
  void theWeekOpensThePageWithTheKeyFiguresAndWhoIsOneItemShort() {
    assertThat(PAGE.indexOf("<section id=\"week\">"))
        .isLessThan(PAGE.indexOf("<section id=\"risk\">"))
        .isLessThan(PAGE.indexOf("<section id=\"integrity\">"))
        .isLessThan(PAGE.indexOf("<section id=\"quarantine\">"))
        .isLessThan(PAGE.indexOf("<section id=\"summary\">"));
    assertThat(section("week"))
        .contains(
            "<div class=\"big\">3</div><div>全部达标的机构（共6家）</div><div class=\"note\">较上周 +1</div>")
        .contains("<div class=\"big\">18</div><div>距截止日（天）</div>")
        .contains(
            "<td>耒阳市天成机电设备有限公司</td><td>企业</td><td>衡阳高新区科协</td><td class=\"unmet\">需求差1个</td>");
  }

  @Test
  void integrityFlagsShowTheirSentenceAndChartListedOrganizationsFirst() {
    String integrity = section("integrity");
    assertThat(integrity)
        .contains("诚信提示（2条，涉及2家机构，其中1家在推荐名单上）")
        .contains("<td>单日集中发布</td><td>资讯：2022-07-10一天发布27条")
        .contains("<a href=\"integrity/E002.png\">查看活动图</a>")
        .contains("<code>kczg chart E004 --as-of 2022-07-11</code>");
    assertThat(integrity.indexOf("衡阳恒飞电缆有限责任公司")).isLessThan(integrity.indexOf("-1+2@公司"));
  }

  @Test
  void quarantineIsGroupedByProblemEachRowOnceWithItsDropsAndWhatFixingItChanges() {
    String quarantine = section("quarantine");
    assertThat(quarantine)
        .contains("隔离（5行，4个问题，其中2个影响达标）")
        .contains("<h3>缺少编号（1个问题，2行）</h3>")
        .contains("<td>2022-07-04（第653行）、2022-07-11（第654行）</td><td>需求ID为空</td>")
        .contains("<td class=\"unmet\">耒阳市天成机电设备有限公司（E005）：补上后 需求 2/3 → 3/3，全部达标</td>")
        .contains("<td>发布时间“下周”不是日期</td>")
        .contains("若确认为湖南华菱衡阳钢管有限公司（E003）：补上后 资讯 26/30 → 27/30，仍未达标");
    assertThat(quarantine).doesNotContain("is empty", "is not a date", "matches no organization");
  }

  @Test
  void theRiskListPutsTheFewestItemsShortFirstAndSaysTheDaysLeft() {
    String risk = section("risk");
    assertThat(risk).contains("距截止日2022年7月29日还有18天");
    assertThat(risk.indexOf("耒阳市天成机电设备有限公司")).isLessThan(risk.indexOf("湖南华菱衡阳钢管有限公司"));
    assertThat(risk.indexOf("湖南华菱衡阳钢管有限公司")).isLessThan(risk.indexOf("-1+2@公司"));
  }

  @Test
  void aFilterBarByChannelCategoryAndSearchNarrowsEveryTablesRows() {
    assertThat(PAGE)
        .contains("<select id=\"filter-channel\"><option value=\"\">全部</option>")
        .contains("<option value=\"衡阳高新区科协\">衡阳高新区科协</option>")
        .contains(
            "<select id=\"filter-category\"><option value=\"\">全部</option><option value=\"市级学会\">")
        .contains("<input id=\"filter-search\" type=\"search\"")
        .contains("<tr data-cat=\"企业\" data-ch=\"衡阳高新区科协\"><td>耒阳市天成机电设备有限公司</td>");
  }

  @Test
  void inEnglishTheSameSectionsAreEnglish() {
    String page = HtmlReport.page(SampleModels.decisions().withLanguage(Language.EN));
    assertThat(page)
        .contains("<html lang=\"en\">")
        .contains("Quarantine (5 rows, 4 problems, 2 of them blocking a target)")
        .contains("耒阳市天成机电设备有限公司 (E005): fixed, demands 2/3 → 3/3, every target met")
        .contains("需求ID is empty");
  }
}
