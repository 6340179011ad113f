package cn.kczg.jobs.programs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One accepted row of an input file, typed by its source definition: values by field name (text,
 * dates, counts, decimals; absent or null when the cell was blank).
 *
 * @param file the file, as shown to people
 * @param line the line (CSV) or row (workbook) people see when they open the file
 * @param drop the date of the drop folder the file is in, or null for a file of the input folder
 * @param values the row's values by field name
 */
public record InputRow(String file, long line, LocalDate drop, Map<String, Object> values) {
  public InputRow {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A text value, "" when blank. */
  public String text(String field) {
    Object v = values.get(field);
    return v == null ? "" : v.toString();
  }

  /** A date, or null when blank. */
  public LocalDate date(String field) {
    return (LocalDate) values.get(field);
  }

  /** A day and time, or null when blank. */
  public LocalDateTime dateTime(String field) {
    return (LocalDateTime) values.get(field);
  }

  /** A whole number, or null when blank. */
  public Integer count(String field) {
    Object v = values.get(field);
    return v == null ? null : Math.toIntExact((Long) v);
  }

  /** A decimal, or null when blank. */
  public BigDecimal decimal(String field) {
    return (BigDecimal) values.get(field);
  }

  /** True when the cell gave a value. */
  public boolean has(String field) {
    return values.get(field) != null;
  }
}
