package cn.kczg.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.SampleModels;
import org.junit.jupiter.api.Test;

final class HtmlReportTest {
  @Test
  void inputTextIsEscapedAndNeutralized() {
    String page = HtmlReport.page(SampleModels.small());
    assertThat(page).contains("<td>&#39;=HYPERLINK(&quot;http://evil.example&quot;,&quot;点我&quot;)</td>");
    assertThat(page).doesNotContain("<td>=HYPERLINK");
  }

  @Test
  void pageShowsTheChartsAndNoPhones() {
    String page = HtmlReport.page(SampleModels.small());
    assertThat(page).contains("<img src=\"ranking.png\"", "<img src=\"channels.png\"").doesNotContain("trend.png");
    assertThat(page).doesNotContain("13812345678").doesNotContain("8839102");
  }

  @Test
  void reserveSaysWhatIsMissing() {
    assertThat(HtmlReport.page(SampleModels.small())).contains("专家差1人、资讯差4条");
  }
}
