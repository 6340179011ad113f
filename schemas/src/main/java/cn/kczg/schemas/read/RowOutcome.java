package cn.kczg.schemas.read;

import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import java.io.Serializable;
import java.util.Arrays;

/**
 * What became of one data row: either canonical values (in the order of the role's fields: text as
 * String, dates as LocalDate, counts as Long) or a quarantine reason.
 *
 * @param line the row's line in its file (1 = first line)
 * @param raw the row as text, kept for quarantine
 * @param values canonical values, or null when rejected
 * @param reason a {@link Reason} name when rejected, else null
 * @param detail a sentence saying what is wrong, when rejected
 */
public record RowOutcome(long line, String raw, Object[] values, String reason, String detail)
    implements Serializable {

  /** Why a row cannot be used; stable codes, shown in summaries and the quarantine table. */
  public enum Reason {
    /** An item row without an id. */
    MISSING_ID,
    /** A row without an organization name (nor, for items, an account). */
    NO_ORG,
    /** An item whose organization no registry delivery or alias knows (decided at each run). */
    UNKNOWN_ORG,
    /** A date that is empty where required, not a date, or with an invalid time of day. */
    BAD_DATE,
    /** A count that is not a whole number. */
    BAD_NUMBER,
    /** A registry value that must be there (机构类型) is empty. */
    MISSING_VALUE,
    /** A count cell of a snapshot is empty: an empty count is not 0. */
    MISSING_COUNT,
    /** A required field holds a control character (NUL, another C0 control but tab, or DEL). */
    CONTROL_CHARACTER,
    /** Not well-formed CSV, or not valid text in the file's charset: the line alone is kept. */
    MALFORMED_ROW,
    /** A whole file that cannot be read (line 0): the reason says why; nothing of it was stored. */
    FILE_REFUSED
  }

  static RowOutcome ok(TableRow row, Object[] values) {
    return new RowOutcome(row.line(), row.raw(), values, null, null);
  }

  static RowOutcome okWithoutRaw(TableRow row, Object[] values) {
    return new RowOutcome(row.line(), "", values, null, null);
  }

  /**
   * The detail of a rejection as the warehouse stores it: the English text of {@code
   * quarantine.detail.<key>}, whatever {@code --lang} is, so the stored rows of every drop read
   * alike; the workbook and the dashboard put it into the reader's language by its shape ({@code
   * cn.kczg.reports.text.QuarantineText}).
   */
  public static String detail(String key, Object... args) {
    return Messages.of(Language.EN).text("quarantine.detail." + key, args);
  }

  static RowOutcome rejected(TableRow row, Reason reason, String detail) {
    return new RowOutcome(row.line(), row.raw(), null, reason.name(), detail);
  }

  /** True when the row is usable. */
  public boolean accepted() {
    return reason == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RowOutcome r
        && line == r.line
        && raw.equals(r.raw)
        && Arrays.equals(values, r.values)
        && java.util.Objects.equals(reason, r.reason);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(line) * 31 + raw.hashCode();
  }
}
