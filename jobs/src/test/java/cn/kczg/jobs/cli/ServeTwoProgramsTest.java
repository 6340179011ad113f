package cn.kczg.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.programs.ProgramFixtures;
import cn.kczg.jobs.schedule.RunLedger;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kczg serve --once} with a config naming two programs that read their own files: both
 * weekly reports are produced, filed and mailed (an in-process SMTP server), without Spark. A
 * program whose input folder holds dated drop folders takes its week from them; one without, the
 * day of the pass, once a week.
 */
final class ServeTwoProgramsTest {
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path tmp;

  @Test
  void serveOnceProducesFilesAndMailsTheReportsOfBothPrograms() throws Exception {
    ProgramFixtures.copyTree(
        DemoCommand.samplesHome().resolve("yueyang-2021-service-stations"),
        tmp.resolve("program-inputs/yueyang-2021-service-stations"));
    ProgramFixtures.copyTree(
        DemoCommand.samplesHome().resolve("hunan-2024-service-stations"),
        tmp.resolve("program-inputs/hunan-2024-service-stations"));
    Files.writeString(
        tmp.resolve("serve.yaml"),
        String.join(
            "\n",
            "inbox: inbox",
            "outbox: outbox",
            "programs: [yueyang-2021-service-stations, hunan-2024-service-stations]",
            "mail:",
            "  enabled: true",
            "  host: 127.0.0.1",
            "  port: " + smtp.getSmtp().getPort(),
            "  from: kczg@example.cn",
            "  to: [staff@example.cn]",
            ""));
    String[] once = serveOnce(tmp);

    assertThat(Main.execute(once)).isZero();

    Path tasks = tmp.resolve("outbox/hunan-2024-service-stations/2024-06-30");
    assertThat(tasks.resolve("stations.xlsx")).isNotEmptyFile();
    assertThat(tasks.resolve("summary.txt"))
        .content()
        .startsWith("截至2024年6月30日，2024年度湖南省科协学会服务站建设任务进度（hunan-2024-service-stations）：\n")
        .contains("- 距截止日 2024-12-31 还有 184 天");
    assertThat(tasks.resolve("delivery.properties")).content().contains("state=sent");
    Path funding;
    try (Stream<Path> weeks = Files.list(tmp.resolve("outbox/yueyang-2021-service-stations"))) {
      funding = weeks.findFirst().orElseThrow();
    }
    assertThat(funding.resolve("funding.xlsx")).isNotEmptyFile();
    assertThat(funding.resolve("summary.txt"))
        .content()
        .contains("- 可资助 3 个（共 10 个服务站），合计 200000 元");

    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(2);
    List<String> subjects = new ArrayList<>();
    List<String> attached = new ArrayList<>();
    for (MimeMessage m : mails) {
      subjects.add(m.getSubject());
      MimeMultipart parts = (MimeMultipart) m.getContent();
      for (int i = 1; i < parts.getCount(); i++) {
        attached.add(parts.getBodyPart(i).getFileName());
      }
    }
    assertThat(subjects)
        .containsExactlyInAnyOrder(
            "【周报】2024年度湖南省科协学会服务站建设任务进度（截至2024年6月30日）",
            "【周报】岳阳市资助新建学会服务站（截至"
                + cn.kczg.schemas.messages.Messages.current()
                    .date(LocalDate.parse(funding.getFileName().toString()))
                + "）");
    assertThat(attached).containsExactlyInAnyOrder("stations.xlsx", "funding.xlsx");

    RunLedger ledger = new RunLedger(tmp.resolve("wh/_state"));
    assertThat(ledger.entries()).hasSize(2);
    assertThat(Main.execute(once)).isZero();
    assertThat(ledger.entries()).hasSize(2);
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  /** {@code kczg serve --once} with the config, warehouse and out folder under {@code tmp}. */
  static String[] serveOnce(Path tmp) {
    return new String[] {
      "serve",
      "--once",
      "--quiet",
      "--config",
      tmp.resolve("serve.yaml").toString(),
      "--warehouse",
      tmp.resolve("wh").toString(),
      "--out",
      tmp.resolve("out").toString()
    };
  }
}
