package cn.kczg.schemas.source;

import java.util.Locale;
import java.util.Optional;

/**
 * How a cell's text is read into a value. The warehouse roles' fields use the first three (their
 * {@link FieldType}); a {@link Role#RECORDS} source may also declare a day and time, and a decimal.
 */
public enum ValueType {
  /** Kept as text, blanks trimmed. */
  TEXT,
  /** A calendar day in any of the formats of {@link cn.kczg.schemas.text.Dates}. */
  DATE,
  /**
   * A day and a time of day ({@code 2023-11-20 17:00}), read as Asia/Shanghai local time; a day
   * alone is its start (00:00).
   */
  DATETIME,
  /** A non-negative whole number. */
  COUNT,
  /** A decimal number such as {@code 8.5} (full-width digits and thousands separators read). */
  DECIMAL;

  /** The value type of a warehouse field type. */
  public static ValueType of(FieldType type) {
    return switch (type) {
      case TEXT -> TEXT;
      case DATE -> DATE;
      case COUNT -> COUNT;
    };
  }

  /** The lower-case name used in definition files, e.g. {@code decimal}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type a definition file names, if any. */
  public static Optional<ValueType> parse(String key) {
    for (ValueType t : values()) {
      if (t.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
