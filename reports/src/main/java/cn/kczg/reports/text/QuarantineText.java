package cn.kczg.reports.text;

import cn.kczg.reports.QuarantineRow;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarantined row in the reader's words: its reason code as a name ({@code BAD_DATE} → 日期无效), and
 * the detail the ingest recorded, which is stored in English in the warehouse (old drops included),
 * put into the reader's language by its known shapes. A detail of an unknown shape shows as the
 * reason's general description, so no stored English reaches a Chinese page; {@code quarantine.csv}
 * keeps the stored detail as it is.
 */
public final class QuarantineText {
  private static final List<Shape> SHAPES =
      List.of(
          new Shape("(.+) is empty; an empty count is not 0, write 0 if it is", "empty_count"),
          new Shape("(.+) is empty; every row needs it", "empty_required"),
          new Shape("(.+) is empty", "empty"),
          new Shape(
              "(.+) '(.*)' is not a date and time; write it as 2023-11-20 17:00", "not_date_time"),
          new Shape("(.+) '(.*)' is not a date", "not_date"),
          new Shape("(.+) '(.*)' is not a whole number", "not_number"),
          new Shape("(.+) '(.*)' is not a number", "not_decimal"),
          new Shape(
              "(.+) holds the control character U\\+([0-9A-F]{4,6}) at position (\\d+); such a value is"
                  + " damaged \\(fix the export\\)",
              "control"),
          new Shape("the line is not valid (\\S+) text like the rest of the file", "charset"),
          new Shape(
              "the line is not well-formed CSV \\(text after a closing quote, or a stray quote\\)",
              "malformed"),
          new Shape(
              "(?:organization|.+) '(.+)' matches no organization of the registry in force on (\\S+)"
                  + " \\(nor an alias\\); confirm one with `kczg alias add`",
              "unknown_org"));

  private QuarantineText() {}

  /** The reason's name: the text of {@code quarantine.reason.<CODE>}, or the code itself. */
  public static String reason(Messages m, String code) {
    return m.has("quarantine.reason." + code) ? m.text("quarantine.reason." + code) : code;
  }

  /** What is wrong with the row, in the reader's language. */
  public static String detail(Messages m, QuarantineRow row) {
    String detail = row.detail().strip();
    for (Shape shape : SHAPES) {
      Matcher match = shape.pattern().matcher(detail);
      if (match.matches()) {
        Object[] groups = new Object[match.groupCount()];
        for (int i = 0; i < groups.length; i++) {
          groups[i] = match.group(i + 1);
        }
        return m.text("quarantine.detail." + shape.key(), groups);
      }
    }
    if (m.language() == Language.EN || detail.isEmpty()) {
      return detail;
    }
    return m.has("quarantine.about." + row.reason())
        ? m.text("quarantine.about." + row.reason())
        : reason(m, row.reason());
  }

  /**
   * The row as read, for people: a row of an unknown organization is stored as its fields joined by
   * commas, starting with the kind's file key ({@code news,ZX…}); that key shows as the kind's name
   * ({@code 资讯,ZX…}).
   */
  public static String raw(Messages m, QuarantineRow row) {
    String raw = row.raw();
    if (row.kind() != null && raw.startsWith(row.kind().key() + ",")) {
      return m.kind(row.kind()) + raw.substring(row.kind().key().length());
    }
    return raw;
  }

  private record Shape(Pattern pattern, String key) {
    Shape(String regex, String key) {
      this(Pattern.compile(regex, Pattern.DOTALL), key);
    }
  }
}
