package cn.kczg.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.CategoryQuota;
import cn.kczg.reports.ChannelReports;
import cn.kczg.reports.Program;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.ReportWriter;
import cn.kczg.reports.WeeklyStanding;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.IndicatorForecast;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ShortlistEntry;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A weekly report goes out as one mail per channel with recipients (and one to the city), each with
 * only that channel's organizations, the change since last week, the at-risk count, the key charts
 * inline and its own workbook attached; received by an in-process SMTP server (GreenMail).
 */
final class ChannelMailTest {
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final LocalDate AS_OF = LocalDate.of(2022, 7, 11);
  private static final IndicatorCounts TARGETS = IndicatorCounts.of(10, 6, 3, 30, 1);

  @TempDir Path tmp;

  private static OrgProgress org(
      String id, String name, String channel, IndicatorCounts c, int rank) {
    boolean met =
        java.util.Arrays.stream(ItemKind.values()).allMatch(k -> c.get(k) >= TARGETS.get(k));
    double completion =
        java.util.Arrays.stream(ItemKind.values())
                .mapToDouble(k -> Math.min(1.0, (double) c.get(k) / TARGETS.get(k)))
                .sum()
            / 5;
    return new OrgProgress(
        id, name, "企业", "", "衡南县", channel, c, TARGETS, met, completion, completion, rank, rank);
  }

  /** 甲区科协: 甲一 meets all, 甲二 one 需求 short; 乙区科协: 乙一 meets all, 乙二 far behind and at risk. */
  static ReportModel model() {
    List<OrgProgress> now =
        List.of(
            org("A1", "甲一科技有限公司", "甲区科协", IndicatorCounts.of(12, 6, 3, 31, 1), 1),
            org("B1", "乙一电缆有限公司", "乙区科协", IndicatorCounts.of(10, 6, 3, 30, 1), 2),
            org("A2", "甲二机电有限公司", "甲区科协", IndicatorCounts.of(10, 6, 2, 30, 1), 3),
            org("B2", "乙二陶瓷有限公司", "乙区科协", IndicatorCounts.of(2, 0, 0, 5, 0), 4));
    List<OrgProgress> before =
        List.of(
            org("A1", "甲一科技有限公司", "甲区科协", IndicatorCounts.of(12, 6, 3, 31, 1), 1),
            org("B1", "乙一电缆有限公司", "乙区科协", IndicatorCounts.of(10, 6, 3, 20, 1), 2),
            org("A2", "甲二机电有限公司", "甲区科协", IndicatorCounts.of(9, 6, 2, 30, 1), 3),
            org("B2", "乙二陶瓷有限公司", "乙区科协", IndicatorCounts.of(2, 0, 0, 5, 0), 4));
    List<ShortlistEntry> shortlist =
        List.of(
            new ShortlistEntry("企业", 1, "A1", "甲一科技有限公司", "甲区科协", 1.0),
            new ShortlistEntry("企业", 2, "B1", "乙一电缆有限公司", "乙区科协", 1.0));
    Program program =
        new Program(
            "hengyang-2022",
            "衡阳市示范单位评选",
            "衡市科协字〔2022〕16号",
            List.of(new CategoryQuota("企业", 90)),
            AS_OF.plusDays(18));
    return ReportModel.of(
            program,
            AS_OF,
            AS_OF.minusDays(7),
            now,
            shortlist,
            List.of(
                new ChannelFill("甲区科协", 10, 1, 1, 1, 1), new ChannelFill("乙区科协", 10, 1, 1, 1, 1)),
            List.of())
        .withPreviousProgress(before)
        .withSelectionStages(
            List.of(
                new ChannelList("甲区科协", 10, List.of(shortlist.get(0)), List.of()),
                new ChannelList("乙区科协", 10, List.of(shortlist.get(1)), List.of())),
            List.of())
        .withIndicatorForecasts(
            List.of(
                new IndicatorForecast(
                    "A2", "甲二机电有限公司", "企业", ItemKind.DEMANDS, 2, 3, 0.5, AS_OF.plusDays(14), true),
                new IndicatorForecast(
                    "B2", "乙二陶瓷有限公司", "企业", ItemKind.NEWS, 5, 30, 0, null, false)))
        .withWeeklyStandings(
            List.of(
                new WeeklyStanding(AS_OF.minusDays(7), List.of("A1")),
                new WeeklyStanding(AS_OF, List.of("A1", "B1"))));
  }

  private Delivery delivery(MailSettings mail) {
    return new Delivery(
        new Outbox(tmp.resolve("outbox")),
        mail,
        new SmtpMailer(mail),
        Clock.systemUTC(),
        d -> {},
        l -> {});
  }

  private MailSettings settings() {
    return new MailSettings(
        true,
        "127.0.0.1",
        smtp.getSmtp().getPort(),
        "none",
        "",
        "",
        "kczg@example.cn",
        List.of("city@example.cn"),
        List.of("weekly-report.xlsx"),
        Duration.ofSeconds(5),
        1,
        Duration.ofSeconds(1),
        Duration.ofMinutes(30),
        Map.of("甲区科协", List.of("jia@example.cn"), "乙区科协", List.of("yi@example.cn")));
  }

  @Test
  void eachChannelReceivesItsOwnMailWithOnlyItsOrganizationsTheChangeTheRiskAndInlineCharts()
      throws Exception {
    ReportModel model = model();
    Path folder = tmp.resolve("out/hengyang-2022/2022-07-11");
    ReportWriter.writeAll(model, folder);
    ChannelReports.writeAll(model, folder, List.of("甲区科协", "乙区科协"));
    Report report = new Report("hengyang-2022", "衡阳市示范单位评选", AS_OF, folder, "summary");

    Path filed = delivery(settings()).deliver(report);

    assertThat(new Outbox(tmp.resolve("outbox")).status(filed).sentMails())
        .containsExactly("city", "乙区科协", "甲区科协");
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(3);
    MimeMessage jia = to(received, "jia@example.cn");
    assertThat(jia.getSubject()).isEqualTo("【周报】甲区科协 · 衡阳市示范单位评选（截至2022年7月11日）");
    String text = text(jia);
    assertThat(text)
        .contains("甲一科技有限公司", "甲二机电有限公司")
        .doesNotContain("乙一电缆有限公司", "乙二陶瓷有限公司")
        .contains("全部达标的机构（共2家）：1（较上周 0）")
        .contains("截止前有风险的机构：0");
    MimeMessage yi = to(received, "yi@example.cn");
    assertThat(text(yi))
        .contains("乙一电缆有限公司", "全部达标的机构（共2家）：1（较上周 +1）", "截止前有风险的机构：1")
        .doesNotContain("甲一科技有限公司");
    for (MimeMessage m : List.of(jia, yi, to(received, "city@example.cn"))) {
      List<Part> parts = parts(m);
      List<String> html = new ArrayList<>();
      List<String> images = new ArrayList<>();
      for (Part p : parts) {
        if (p.isMimeType("text/html")) {
          html.add((String) p.getContent());
        }
        if (p.isMimeType("image/png")) {
          images.add(((MimeBodyPart) p).getContentID());
        }
      }
      assertThat(html).singleElement().asString().contains("<img src=\"cid:chart-1\"");
      assertThat(images).contains("<chart-1>", "<chart-2>");
      assertThat(text(m)).doesNotContain(tmp.toString());
    }
    Part workbook =
        parts(jia).stream()
            .filter(p -> "weekly-report.xlsx".equals(fileName(p)))
            .findFirst()
            .orElseThrow();
    assertThat(progressIds(workbook)).containsExactly("A1", "A2");
    assertThat(parts(jia)).extracting(ChannelMailTest::fileName).contains("推荐材料-甲区科协.pdf");
  }

  @Test
  void theTestMailGoesToEveryRecipientOfTheConfig() throws Exception {
    delivery(settings()).sendTest();
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received)
        .hasSize(3)
        .allSatisfy(m -> assertThat(m.getSubject()).isEqualTo("【测试】科创中国周报邮件设置"));
    assertThat(text(received[0]))
        .contains("全市周报收件人：city@example.cn", "- 甲区科协：jia@example.cn", "- 乙区科协：yi@example.cn");
  }

  private static MimeMessage to(MimeMessage[] received, String address) throws Exception {
    for (MimeMessage m : received) {
      if (m.getAllRecipients()[0].toString().equals(address)) {
        return m;
      }
    }
    throw new AssertionError("no mail to " + address);
  }

  private static String text(MimeMessage m) throws Exception {
    for (Part p : parts(m)) {
      if (p.isMimeType("text/plain")) {
        return (String) p.getContent();
      }
    }
    throw new AssertionError("no text part");
  }

  private static List<Part> parts(Part part) throws Exception {
    List<Part> out = new ArrayList<>();
    if (part.getContent() instanceof Multipart multi) {
      for (int i = 0; i < multi.getCount(); i++) {
        BodyPart child = multi.getBodyPart(i);
        out.add(child);
        out.addAll(parts(child));
      }
    }
    return out;
  }

  private static String fileName(Part p) {
    try {
      return p.getFileName() == null
          ? ""
          : jakarta.mail.internet.MimeUtility.decodeText(p.getFileName());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> progressIds(Part workbook) throws Exception {
    List<String> ids = new ArrayList<>();
    try (InputStream in = workbook.getInputStream();
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet progress = wb.getSheet("进度");
      for (Row row : progress) {
        if (row.getRowNum() > 0) {
          ids.add(row.getCell(0).getStringCellValue());
        }
      }
    }
    return ids;
  }
}
