package cn.kczg.reports;

import java.util.List;

/**
 * An input row that was set aside instead of counted: a row of {@code quarantine.csv} and of the
 * workbook's 隔离 sheet.
 *
 * @param file the input file, relative to the inbox
 * @param line 1-based line (or row) in that file
 * @param reason short code, e.g. {@code unknown-org}
 * @param detail what is wrong, for a person
 * @param raw the row as it was read
 * @param suggestions what a person might confirm, e.g. the closest registry names
 */
public record QuarantineRow(
    String file, long line, String reason, String detail, String raw, List<String> suggestions) {
  public QuarantineRow {
    file = file == null ? "" : file;
    reason = reason == null ? "" : reason;
    detail = detail == null ? "" : detail;
    raw = raw == null ? "" : raw;
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
  }
}
