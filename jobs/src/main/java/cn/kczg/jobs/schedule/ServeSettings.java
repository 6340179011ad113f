package cn.kczg.jobs.schedule;

import cn.kczg.jobs.delivery.MailSettings;
import cn.kczg.jobs.schedule.Setting.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Every key of the serve config, declared once, and the loader that checks a file against them. The
 * file is YAML ({@code mail:} then {@code port: 25}) or Java properties ({@code mail.port=25});
 * relative paths are read from the file's folder. Loading reports every problem at once: unknown
 * keys, bad values, and missing mail settings when mail is on.
 */
public final class ServeSettings {
  /** The prefix of the per-channel recipient keys: {@code mail.channels.<channel>}. */
  public static final String CHANNELS = "mail.channels.";

  /** Every key with its default, in the order the README lists them. */
  public static final List<Setting> ALL =
      List.of(
          new Setting(
              "inbox", "inbox", Kind.PATH, "folder of drop folders (inbox/2022-07-11/ …) to watch"),
          new Setting(
              "outbox",
              "outbox",
              Kind.PATH,
              "where reports are delivered: outbox/<program>/<week>/"),
          new Setting(
              "programs",
              "",
              Kind.LIST,
              "programs reported weekly, of any type (default: the engine's default program, kczg.properties)"),
          new Setting(
              "program_inputs",
              "program-inputs",
              Kind.PATH,
              "folder of input folders of the programs that read their own files: program-inputs/<program>/"),
          new Setting(
              "time_zone", "Asia/Shanghai", Kind.ZONE, "time zone the cron expression is read in"),
          new Setting(
              "inbox_watch.every_seconds",
              "60",
              Kind.POSITIVE_INT,
              "how often the inbox is looked at"),
          new Setting(
              "inbox_watch.settle_seconds",
              "10",
              Kind.SECONDS,
              "wait between the two looks; a file whose size or time changed between them is still being copied"),
          new Setting(
              "weekly_report.cron",
              "0 0 8 ? * MON",
              Kind.CRON,
              "when the weekly report runs (Quartz cron; Monday 08:00)"),
          new Setting(
              "scheduler.misfire_threshold_seconds",
              "60",
              Kind.POSITIVE_INT,
              "how late a trigger may fire before it counts as missed (then it fires once at start-up)"),
          new Setting(
              "scheduler.lock_wait_seconds",
              "600",
              Kind.SECONDS,
              "how long a job waits while another kczg process (ingest, run) writes to the warehouse"),
          new Setting(
              "mail.enabled",
              "false",
              Kind.FLAG,
              "email each report (else the outbox copy is the delivery)"),
          new Setting("mail.host", "", Kind.TEXT, "SMTP server (required when mail is enabled)"),
          new Setting("mail.port", "25", Kind.PORT, "SMTP port"),
          new Setting("mail.security", "none", Kind.SECURITY, "none, starttls or ssl"),
          new Setting("mail.username", "", Kind.TEXT, "SMTP login; empty for none"),
          new Setting(
              "mail.password_env",
              "KCZG_SMTP_PASSWORD",
              Kind.TEXT,
              "environment variable holding the SMTP password (a password never goes in the file)"),
          new Setting("mail.from", "", Kind.TEXT, "sender address (required when mail is enabled)"),
          new Setting(
              "mail.to",
              "",
              Kind.LIST,
              "recipients, comma-separated or a YAML list (required when mail is enabled)"),
          new Setting(
              "mail.attachments",
              "*.xlsx",
              Kind.LIST,
              "files of the report folder to attach, by name or glob (each program's workbook by default)"),
          new Setting(
              "mail.timeout_seconds", "30", Kind.POSITIVE_INT, "SMTP connect and read timeout"),
          new Setting(
              "mail.attempts",
              "3",
              Kind.POSITIVE_INT,
              "tries per pass before a report is left unsent"),
          new Setting(
              "mail.backoff_seconds",
              "10",
              Kind.SECONDS,
              "wait before the 2nd try; doubled before each later one"),
          new Setting(
              "mail.retry_after_seconds",
              "1800",
              Kind.SECONDS,
              "an unsent report is tried again by the first pass this long after its last try"),
          new Setting(
              CHANNELS + "<channel>",
              "",
              Kind.LIST,
              "recipients of one recommending channel's own report (its organizations, its workbook"
                  + " and printed forms), e.g. mail.channels.衡南县科协; one key per channel"));

  private ServeSettings() {}

  /**
   * Reads and checks a config file.
   *
   * @param file the file, or null for every default (paths then relative to the working directory)
   * @param programs ids of the programs the weekly report can run
   * @param defaultProgram the program reported when the file names none
   * @param env the environment (System::getenv), for the mail password
   */
  public static ServeConfig load(
      Path file, Collection<String> programs, String defaultProgram, Function<String, String> env) {
    Map<String, String> raw = file == null ? Map.of() : read(file);
    List<String> problems = new ArrayList<>();
    raw.keySet().stream()
        .filter(k -> !k.startsWith(CHANNELS))
        .filter(k -> ALL.stream().noneMatch(s -> s.key().equals(k)))
        .forEach(k -> problems.add("unknown key '" + k + "'; the keys are " + keys()));
    Map<String, String> values = new LinkedHashMap<>();
    for (Setting s : ALL) {
      if (s.key().startsWith(CHANNELS)) {
        continue;
      }
      String fallback = s.key().equals("programs") ? defaultProgram : s.defaultValue();
      String value = raw.getOrDefault(s.key(), fallback).trim();
      String problem = value.isEmpty() ? null : s.problem(value);
      if (problem != null) {
        problems.add(s.key() + " = '" + value + "' " + problem);
      }
      values.put(s.key(), value);
    }
    checkPrograms(list(values.get("programs")), programs, defaultProgram, problems);
    Map<String, List<String>> channels = channels(raw);
    MailSettings mail = problems.isEmpty() ? mail(values, channels, env, problems) : null;
    if (!problems.isEmpty()) {
      throw ScheduleErrors.badConfig(file == null ? "(defaults)" : file.toString(), problems);
    }
    Path base = file == null ? Path.of("") : file.toAbsolutePath().getParent();
    return new ServeConfig(
        base.resolve(values.get("inbox")),
        base.resolve(values.get("outbox")),
        list(values.get("programs")),
        base.resolve(values.get("program_inputs")),
        ZoneId.of(values.get("time_zone")),
        seconds(values, "inbox_watch.every_seconds"),
        seconds(values, "inbox_watch.settle_seconds"),
        values.get("weekly_report.cron"),
        seconds(values, "scheduler.misfire_threshold_seconds"),
        seconds(values, "scheduler.lock_wait_seconds"),
        mail);
  }

  private static void checkPrograms(
      List<String> wanted, Collection<String> known, String example, List<String> problems) {
    if (wanted.isEmpty()) {
      problems.add("programs is empty; name at least one program to report, e.g. " + example);
    }
    wanted.stream()
        .filter(p -> !known.contains(p))
        .forEach(
            p ->
                problems.add(
                    "programs: '"
                        + p
                        + "' is not a program the weekly report can run; these can: "
                        + String.join(", ", known)));
  }

  /**
   * {@code mail.channels.<channel>} keys: channel → recipients (a channel without any left out).
   */
  private static Map<String, List<String>> channels(Map<String, String> raw) {
    Map<String, List<String>> out = new java.util.TreeMap<>();
    raw.forEach(
        (key, value) -> {
          if (key.startsWith(CHANNELS)
              && key.length() > CHANNELS.length()
              && !list(value).isEmpty()) {
            out.put(key.substring(CHANNELS.length()), list(value));
          }
        });
    return out;
  }

  private static MailSettings mail(
      Map<String, String> v,
      Map<String, List<String>> channels,
      Function<String, String> env,
      List<String> problems) {
    boolean enabled = v.get("mail.enabled").equals("true");
    String password = v.get("mail.username").isEmpty() ? "" : env.apply(v.get("mail.password_env"));
    if (enabled) {
      for (String key : List.of("mail.host", "mail.from", "mail.to")) {
        if (v.get(key).isEmpty()) {
          problems.add(key + " is required when mail.enabled is true");
        }
      }
      checkAddresses(v, channels, problems);
      if (password == null) {
        problems.add(
            "mail.username is set but the environment variable "
                + v.get("mail.password_env")
                + " (mail.password_env) holding the password is not");
      }
    }
    return new MailSettings(
        enabled,
        v.get("mail.host"),
        Integer.parseInt(v.get("mail.port")),
        v.get("mail.security"),
        v.get("mail.username"),
        password == null ? "" : password,
        v.get("mail.from"),
        list(v.get("mail.to")),
        list(v.get("mail.attachments")),
        seconds(v, "mail.timeout_seconds"),
        Integer.parseInt(v.get("mail.attempts")),
        seconds(v, "mail.backoff_seconds"),
        seconds(v, "mail.retry_after_seconds"),
        channels);
  }

  private static void checkAddresses(
      Map<String, String> v, Map<String, List<String>> channels, List<String> problems) {
    List<String> addresses = new ArrayList<>(list(v.get("mail.to")));
    channels.values().forEach(addresses::addAll);
    if (!v.get("mail.from").isEmpty()) {
      addresses.add(v.get("mail.from"));
    }
    for (String a : addresses) {
      try {
        new InternetAddress(a, true);
      } catch (AddressException e) {
        problems.add("'" + a + "' is not an email address (" + e.getMessage() + ")");
      }
    }
  }

  private static Duration seconds(Map<String, String> values, String key) {
    return Duration.ofSeconds(Long.parseLong(values.get(key)));
  }

  private static List<String> list(String text) {
    return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String keys() {
    return String.join(", ", ALL.stream().map(Setting::key).toList());
  }

  /** The file's keys as dotted names with text values (YAML lists joined by commas). */
  static Map<String, String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw ScheduleErrors.unreadableConfig(
          file, cn.kczg.schemas.messages.Messages.current().text("error.serve.no_such_file"));
    }
    try {
      return file.toString().endsWith(".properties") ? properties(file) : yaml(file);
    } catch (IOException e) {
      throw ScheduleErrors.unreadableConfig(
          file, e.getMessage().lines().findFirst().orElse("unreadable"));
    }
  }

  private static Map<String, String> properties(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> out = new LinkedHashMap<>();
    p.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, p.getProperty(k)));
    return out;
  }

  private static Map<String, String> yaml(Path file) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    Map<String, String> out = new LinkedHashMap<>();
    if (root != null && !root.isMissingNode() && !root.isNull()) {
      flatten("", root, out);
    }
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e ->
                  flatten(
                      prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                      e.getValue(),
                      out));
    } else if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(n -> items.add(n.asText()));
      out.put(prefix, String.join(",", items));
    } else {
      out.put(prefix, node.isNull() ? "" : node.asText());
    }
  }
}
