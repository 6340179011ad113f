package cn.kczg.jobs.delivery;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How reports are emailed; every field comes from the {@code mail.*} keys of the serve config.
 *
 * @param enabled false: reports are only filed in the outbox
 * @param host SMTP server
 * @param port SMTP port
 * @param security {@code none}, {@code starttls} or {@code ssl}
 * @param username SMTP login, empty for none
 * @param password SMTP password (read from an environment variable, never from the config file)
 * @param from sender address
 * @param to recipients
 * @param attachments names or globs of files in the report folder to attach (none matching: none)
 * @param timeout connect and read timeout
 * @param attempts tries per pass before a report is left unsent
 * @param backoff wait before the second try; doubled before each later one
 * @param retryAfter an unsent report is tried again by a pass at least this long after its last try
 * @param channels recipients of each recommending channel's own report (its organizations only), by
 *     channel name ({@code mail.channels.<channel>}); may be empty
 */
public record MailSettings(
    boolean enabled,
    String host,
    int port,
    String security,
    String username,
    String password,
    String from,
    List<String> to,
    List<String> attachments,
    Duration timeout,
    int attempts,
    Duration backoff,
    Duration retryAfter,
    Map<String, List<String>> channels) {
  public MailSettings {
    to = List.copyOf(to);
    attachments = List.copyOf(attachments);
    Map<String, List<String>> sorted = new TreeMap<>();
    (channels == null ? Map.<String, List<String>>of() : channels)
        .forEach((channel, addresses) -> sorted.put(channel, List.copyOf(addresses)));
    channels = Collections.unmodifiableMap(sorted);
  }

  /** Every address mail goes to: the city's recipients, then each channel's, each once. */
  public List<String> everyRecipient() {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(to);
    channels.values().forEach(all::addAll);
    return List.copyOf(all);
  }

  /** Settings that send nothing. */
  public static MailSettings disabled() {
    return new MailSettings(
        false,
        "",
        25,
        "none",
        "",
        "",
        "",
        List.of(),
        List.of("weekly-report.xlsx"),
        Duration.ofSeconds(30),
        3,
        Duration.ofSeconds(10),
        Duration.ofMinutes(30),
        Map.of());
  }
}
