package cn.kczg.jobs.schedule;

import static java.util.Objects.requireNonNull;

/**
 * One key of the serve config, declared once with its default, kind and description (the README
 * table lists the same).
 *
 * @param key dotted key, e.g. {@code mail.port} (in YAML: {@code mail:} then {@code port:})
 * @param defaultValue the value when the key is absent, as text ("" for none)
 * @param kind how the text is checked and read
 * @param description what it does, for people
 */
public record Setting(String key, String defaultValue, Kind kind, String description) {
  /** How a value is checked. */
  public enum Kind {
    TEXT,
    PATH,
    LIST,
    SECONDS,
    POSITIVE_INT,
    PORT,
    FLAG,
    ZONE,
    CRON,
    SECURITY
  }

  public Setting {
    requireNonNull(key, "key is null");
    requireNonNull(defaultValue, "defaultValue is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(description, "description is null");
  }

  /** What is wrong with a value, or null when it is fine. */
  String problem(String value) {
    return switch (kind) {
      case TEXT, PATH, LIST -> null;
      case SECONDS ->
          value.matches("\\d+") ? null : "must be a whole number of seconds (0 or more), e.g. 60";
      case POSITIVE_INT ->
          value.matches("[1-9]\\d{0,8}") ? null : "must be a whole number of 1 or more";
      case PORT ->
          value.matches("\\d{1,5}")
                  && Integer.parseInt(value) > 0
                  && Integer.parseInt(value) < 65536
              ? null
              : "must be a port number between 1 and 65535";
      case FLAG -> value.equals("true") || value.equals("false") ? null : "must be true or false";
      case ZONE -> zoneProblem(value);
      case CRON ->
          org.quartz.CronExpression.isValidExpression(value)
              ? null
              : "is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week), e.g. \"0 0 8 ? * MON\"";
      case SECURITY ->
          java.util.List.of("none", "starttls", "ssl").contains(value)
              ? null
              : "must be none, starttls or ssl";
    };
  }

  private static String zoneProblem(String value) {
    try {
      java.time.ZoneId.of(value);
      return null;
    } catch (java.time.DateTimeException e) {
      return "is not a time zone; write a region id such as Asia/Shanghai";
    }
  }
}
