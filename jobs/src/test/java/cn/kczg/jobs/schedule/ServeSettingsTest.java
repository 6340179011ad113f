package cn.kczg.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.ErrorCode;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve config: defaults, YAML and properties, every problem reported at once. */
final class ServeSettingsTest {
  /** These tests read the English wording (--lang en); Chinese is the default. */
  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  private static final List<String> PROGRAMS =
      List.of("hengyang-2022", "yueyang-2021-service-stations");
  @TempDir Path tmp;

  @Test
  void withoutAFileEveryDefaultApplies() {
    ServeConfig c = ServeSettings.load(null, PROGRAMS, "hengyang-2022", k -> null);
    assertThat(c.weeklyCron()).isEqualTo("0 0 8 ? * MON");
    assertThat(c.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(c.programs()).containsExactly("hengyang-2022");
    assertThat(c.inboxEvery()).isEqualTo(Duration.ofSeconds(60));
    assertThat(c.settle()).isEqualTo(Duration.ofSeconds(10));
    assertThat(c.mail().enabled()).isFalse();
    assertThat(c.mail().attachments()).containsExactly("*.xlsx");
  }

  @Test
  void eachChannelsRecipientsAreReadFromYamlOrPropertiesAndCheckedAsAddresses() throws IOException {
    Path yaml = tmp.resolve("serve.yaml");
    Files.writeString(
        yaml,
        String.join(
            "\n",
            "mail:",
            "  enabled: true",
            "  host: smtp.example.cn",
            "  from: kczg@example.cn",
            "  to: [city@example.cn]",
            "  channels:",
            "    衡南县科协: [hn@example.cn, hn2@example.cn]",
            "    市企业科协联合会: qy@example.cn",
            ""));
    assertThat(ServeSettings.load(yaml, PROGRAMS, "hengyang-2022", k -> null).mail().channels())
        .containsExactly(
            Map.entry("市企业科协联合会", List.of("qy@example.cn")),
            Map.entry("衡南县科协", List.of("hn@example.cn", "hn2@example.cn")));
    Path properties = tmp.resolve("serve.properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "mail.enabled=true",
            "mail.host=smtp.example.cn",
            "mail.from=kczg@example.cn",
            "mail.to=city@example.cn",
            "mail.channels.衡南县科协=not an address",
            ""));
    assertThatThrownBy(() -> ServeSettings.load(properties, PROGRAMS, "hengyang-2022", k -> null))
        .isInstanceOf(KczgException.class)
        .hasMessageContaining("'not an address' is not an email address");
  }

  @Test
  void yamlSectionsAndListsAreReadAndPathsAreRelativeToTheFile() throws IOException {
    Path file = tmp.resolve("serve.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "inbox: drops",
            "weekly_report:",
            "  cron: \"0 30 9 ? * FRI\"",
            "mail:",
            "  enabled: true",
            "  host: smtp.example.cn",
            "  port: 465",
            "  security: ssl",
            "  username: kx",
            "  from: kczg@example.cn",
            "  to: [a@example.cn, b@example.cn]",
            ""));
    ServeConfig c =
        ServeSettings.load(
            file, PROGRAMS, "hengyang-2022", Map.of("KCZG_SMTP_PASSWORD", "secret")::get);
    assertThat(c.inbox()).isEqualTo(tmp.resolve("drops"));
    assertThat(c.weeklyCron()).isEqualTo("0 30 9 ? * FRI");
    assertThat(c.mail().to()).containsExactly("a@example.cn", "b@example.cn");
    assertThat(c.mail().port()).isEqualTo(465);
    assertThat(c.mail().password()).isEqualTo("secret");
  }

  @Test
  void everyProblemIsReportedAtOnce() throws IOException {
    Path file = tmp.resolve("serve.properties");
    Files.writeString(
        file,
        String.join(
            "\n",
            "weekly_report.cron=every monday",
            "mail.port=0",
            "mial.host=x",
            "programs=hengyang-2022,nowhere",
            "time_zone=Beijing",
            "mail.attempts=0",
            ""));
    assertThatThrownBy(() -> ServeSettings.load(file, PROGRAMS, "hengyang-2022", k -> null))
        .isInstanceOfSatisfying(
            KczgException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_CONFIG))
        .hasMessageContaining("Serve config " + file + " has 6 problem(s)")
        .hasMessageContaining("unknown key 'mial.host'")
        .hasMessageContaining("weekly_report.cron = 'every monday' is not a Quartz cron expression")
        .hasMessageContaining("mail.port = '0' must be a port number between 1 and 65535")
        .hasMessageContaining("time_zone = 'Beijing' is not a time zone")
        .hasMessageContaining("mail.attempts = '0' must be a whole number of 1 or more")
        .hasMessageContaining(
            "programs: 'nowhere' is not a program the weekly report can run; these can: hengyang-2022, yueyang-2021-service-stations");
  }

  @Test
  void mailOnNeedsHostSenderRecipientsAndThePasswordVariable() throws IOException {
    Path file = tmp.resolve("serve.properties");
    Files.writeString(file, "mail.enabled=true\nmail.username=kx\nmail.to=not an address\n");
    assertThatThrownBy(() -> ServeSettings.load(file, PROGRAMS, "hengyang-2022", k -> null))
        .hasMessageContaining("has 4 problem(s)")
        .hasMessageContaining("mail.host is required when mail.enabled is true")
        .hasMessageContaining("mail.from is required when mail.enabled is true")
        .hasMessageContaining("'not an address' is not an email address")
        .hasMessageContaining(
            "the environment variable KCZG_SMTP_PASSWORD (mail.password_env) holding the password is not");
  }

  @Test
  void theReadmeDocumentsEveryKeyAndItsExampleIsAValidConfig() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf("## Scheduled reports"));
    for (Setting s : ServeSettings.ALL) {
      assertThat(section).as("README documents " + s.key()).contains("`" + s.key() + "`");
    }
    String example =
        section.substring(
            section.indexOf("```yaml") + 7, section.indexOf("```", section.indexOf("```yaml") + 7));
    Path file = tmp.resolve("serve.yaml");
    Files.writeString(file, example);
    ServeConfig c =
        ServeSettings.load(file, PROGRAMS, "hengyang-2022", Map.of("KCZG_SMTP_PASSWORD", "x")::get);
    assertThat(c.mail().enabled()).isTrue();
  }
}
