package cn.kczg.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.programs.ProgramFixtures;
import cn.kczg.jobs.schedule.RunLedger;
import cn.kczg.jobs.spark.SharedSpark;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kczg serve --once} for real (Spark) on a copy of the 衡阳 sample inbox, with a second
 * program that reads its own files: every drop is ingested, one report is made for the newest week
 * of each program, filed in the outbox with its Chinese summary and mailed (an in-process SMTP
 * server); a second run finds nothing due.
 */
final class ServeOnceEndToEndTest {
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path tmp;

  @Test
  void serveOnceIngestsTheInboxAndFilesTheNewestWeeksReport() throws IOException {
    SharedSpark.session();
    copyTree(DemoCommand.samplesHome().resolve("hengyang-2022/inbox"), tmp.resolve("inbox"));
    ProgramFixtures.copyTree(
        DemoCommand.samplesHome().resolve("kczg-2023-ranking-lists"),
        tmp.resolve("program-inputs/kczg-2023-ranking-lists"));
    Files.writeString(
        tmp.resolve("serve.yaml"),
        "inbox: inbox\noutbox: outbox\ninbox_watch:\n  settle_seconds: 0\n"
            + "programs: [hengyang-2022, kczg-2023-ranking-lists]\n"
            + "mail: {enabled: true, host: 127.0.0.1, port: "
            + smtp.getSmtp().getPort()
            + ", from: kczg@example.cn, to: [staff@example.cn]}\n");
    String[] once = ServeTwoProgramsTest.serveOnce(tmp);

    assertThat(Main.execute(once)).isZero();

    Path week = tmp.resolve("outbox/hengyang-2022/2022-07-11");
    assertThat(week.resolve("weekly-report.xlsx")).isNotEmptyFile();
    assertThat(week.resolve("summary.txt"))
        .content()
        .startsWith("截至2022年7月11日，")
        .contains("企业：281 家中 144 家达标，推荐 90/90")
        .contains("推荐名单 98/98");
    assertThat(week.resolve("delivery.properties")).content().contains("state=sent");
    try (Stream<Path> weeks = Files.list(tmp.resolve("outbox/hengyang-2022"))) {
      assertThat(weeks).hasSize(1);
    }
    try (Stream<Path> weeks = Files.list(tmp.resolve("outbox/kczg-2023-ranking-lists"))) {
      Path lists = weeks.findFirst().orElseThrow();
      assertThat(lists.resolve("ranking-lists.xlsx")).isNotEmptyFile();
      assertThat(lists.resolve("summary.txt")).content().contains("- 推荐 21 项，合规 16 项，违规 4 条");
      assertThat(lists.resolve("delivery.properties")).content().contains("state=sent");
    }
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    RunLedger ledger = new RunLedger(tmp.resolve("wh/_state"));
    assertThat(ledger.entries()).hasSize(2);

    assertThat(Main.execute(once)).isZero();
    assertThat(ledger.entries()).hasSize(2);
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Files.copy(
            p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }
}
