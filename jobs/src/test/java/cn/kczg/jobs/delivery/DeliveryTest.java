package cn.kczg.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Reports land in the outbox by week and go out by SMTP (an in-process GreenMail server). */
final class DeliveryTest {
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Instant MONDAY = Instant.parse("2022-07-11T00:00:00Z");
  private static final String SUMMARY =
      new ReportSummary(
              "hengyang-2022",
              "衡阳市示范单位评选",
              LocalDate.of(2022, 7, 11),
              List.of(
                  new ReportSummary.Category("企业", 281, 144, 90, 90),
                  new ReportSummary.Category("高校", 6, 4, 3, 3)))
          .text();

  @TempDir Path tmp;
  private final List<String> log = new ArrayList<>();
  private final List<Duration> waits = new ArrayList<>();

  private Report report() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("out/hengyang-2022/2022-07-11"));
    Files.write(folder.resolve("weekly-report.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 1});
    Files.writeString(folder.resolve("progress.csv"), "org_id\n");
    return new Report("hengyang-2022", "衡阳市示范单位评选", LocalDate.of(2022, 7, 11), folder, SUMMARY);
  }

  private Delivery delivery(int port, Instant now) {
    MailSettings mail =
        new MailSettings(
            true,
            "127.0.0.1",
            port,
            "none",
            "",
            "",
            "kczg@example.cn",
            List.of("staff@example.cn"),
            List.of("weekly-report.xlsx"),
            Duration.ofSeconds(5),
            3,
            Duration.ofSeconds(1),
            Duration.ofMinutes(30),
            Map.of());
    return new Delivery(
        new Outbox(tmp.resolve("outbox")),
        mail,
        new SmtpMailer(mail),
        Clock.fixed(now, ZoneOffset.UTC),
        waits::add,
        log::add);
  }

  @Test
  void theSummaryNamesTheDateAndEachCategoryInChinese() {
    assertThat(SUMMARY)
        .startsWith("截至2022年7月11日，衡阳市示范单位评选（hengyang-2022）：\n")
        .contains("- 企业：281 家中 144 家达标，推荐 90/90\n")
        .endsWith("合计：287 家中 148 家达标，推荐名单 93/93。\n");
  }

  @Test
  void aReportIsFiledByWeekAndMailedWithTheWorkbookAttached() throws Exception {
    Path filed = delivery(smtp.getSmtp().getPort(), MONDAY).deliver(report());

    assertThat(filed).isEqualTo(tmp.resolve("outbox/hengyang-2022/2022-07-11"));
    assertThat(filed.resolve("progress.csv")).exists();
    assertThat(filed.resolve(Outbox.SUMMARY)).hasContent(SUMMARY);
    assertThat(new Outbox(tmp.resolve("outbox")).status(filed).state())
        .isEqualTo(DeliveryStatus.State.SENT);
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("【周报】衡阳市示范单位评选（截至2022年7月11日）");
    MimeMultipart parts = (MimeMultipart) received[0].getContent();
    assertThat((String) parts.getBodyPart(0).getContent()).contains("企业：281 家中 144 家达标，推荐 90/90");
    BodyPart attachment = parts.getBodyPart(1);
    assertThat(attachment.getFileName()).isEqualTo("weekly-report.xlsx");
    assertThat(attachment.getInputStream().readAllBytes())
        .isEqualTo(new byte[] {'P', 'K', 3, 4, 0, 1});
  }

  @Test
  void aFailedSendIsRetriedWithBackoffLeftUnsentAndSentByALaterPass() throws Exception {
    Path filed = delivery(closedPort(), MONDAY).deliver(report());

    Outbox outbox = new Outbox(tmp.resolve("outbox"));
    DeliveryStatus status = outbox.status(filed);
    assertThat(status.state()).isEqualTo(DeliveryStatus.State.UNSENT);
    assertThat(status.attempts()).isEqualTo(3);
    assertThat(status.lastError()).startsWith("SMTP 127.0.0.1:");
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(log).anyMatch(l -> l.contains("left unsent in " + filed));
    assertThat(outbox.unsent()).containsExactly(filed);
    assertThat(filed.resolve("weekly-report.xlsx")).exists();

    assertThat(delivery(smtp.getSmtp().getPort(), MONDAY.plusSeconds(60)).retryUnsent()).isZero();
    assertThat(
            delivery(smtp.getSmtp().getPort(), MONDAY.plus(Duration.ofMinutes(31))).retryUnsent())
        .isEqualTo(1);
    assertThat(outbox.status(filed).state()).isEqualTo(DeliveryStatus.State.SENT);
    assertThat(outbox.status(filed).attempts()).isEqualTo(4);
    assertThat(outbox.unsent()).isEmpty();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void withMailOffTheOutboxCopyIsTheDelivery() throws Exception {
    Outbox outbox = new Outbox(tmp.resolve("outbox"));
    Delivery off =
        new Delivery(
            outbox,
            MailSettings.disabled(),
            m -> {
              throw new AssertionError("no mail when mail is off");
            },
            Clock.systemUTC(),
            waits::add,
            log::add);
    Path filed = off.deliver(report());
    assertThat(outbox.status(filed).state()).isEqualTo(DeliveryStatus.State.FILED);
    assertThat(Files.readString(filed.resolve(DeliveryStatus.FILE), StandardCharsets.UTF_8))
        .contains("state=filed");
    assertThat(off.retryUnsent()).isZero();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
