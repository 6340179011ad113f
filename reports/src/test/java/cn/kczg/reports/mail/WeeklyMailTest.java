package cn.kczg.reports.mail;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.SampleModels;
import cn.kczg.schemas.messages.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class WeeklyMailTest {
  private static final ReportModel MODEL = SampleModels.decisions();

  @TempDir Path dir;

  @Test
  void theCityMailSaysTheChangeSinceLastWeekTheAtRiskCountAndTheDaysToTheDeadline() {
    WeeklyMail mail = WeeklyMail.of(MODEL, null);
    assertThat(mail.subject()).isEqualTo("【周报】衡阳市\"科创中国\"试点城市样板间建设示范单位评选（截至2022年7月11日）");
    assertThat(mail.text())
        .contains("全部达标的机构（共6家）：3（较上周 +1）")
        .contains("截止前有风险的机构：3（其中只差1条的1家）")
        .contains("距截止日（天）：18（截止日2022年7月29日）")
        .contains("- 企业：5家中2家全部达标（较上周 +1），入选2/90")
        .contains("耒阳市天成机电设备有限公司（企业）：需求差1个");
    assertThat(mail.text()).as("no server path").doesNotContain("outbox", "out/", "/tmp");
  }

  @Test
  void theHtmlShowsTheKeyChartsInlineByContentId() {
    WeeklyMail mail = WeeklyMail.of(MODEL, null);
    assertThat(mail.charts()).extracting(c -> c.name()).containsExactly("met-trend", "channels");
    assertThat(mail.html()).contains("<img src=\"cid:chart-1\"", "<img src=\"cid:chart-2\"");
  }

  @Test
  void aChannelsMailHoldsOnlyItsOwnOrganizations() {
    WeeklyMail mail = WeeklyMail.of(MODEL.forChannel("衡阳高新区科协"), "衡阳高新区科协");
    assertThat(mail.subject()).startsWith("【周报】衡阳高新区科协 · ");
    assertThat(mail.text())
        .contains("耒阳市天成机电设备有限公司", "湖南华菱衡阳钢管有限公司")
        .doesNotContain("衡阳恒飞电缆有限责任公司", "南华大学");
    assertThat(mail.charts()).extracting(c -> c.name()).containsExactly("met-trend", "ranking-企业");
  }

  @Test
  void writtenIntoTheFolderWithItsChartsBeside() throws IOException {
    WeeklyMail mail = WeeklyMail.of(MODEL, null);
    mail.write(dir);
    assertThat(dir.resolve("mail/subject.txt")).hasContent(mail.subject());
    assertThat(dir.resolve("mail/body.html")).hasContent(mail.html());
    assertThat(Files.readString(dir.resolve("mail/charts.txt")))
        .isEqualTo("chart-1 met-trend.png\nchart-2 channels.png\n");
    assertThat(dir.resolve("met-trend.png")).isNotEmptyFile();
  }

  @Test
  void inEnglishOnRequest() {
    WeeklyMail mail = WeeklyMail.of(MODEL.withLanguage(Language.EN), null);
    assertThat(mail.subject()).startsWith("[Weekly] ");
    assertThat(mail.text())
        .contains("organizations at risk before the deadline: 3", "days to the deadline: 18");
  }
}
