package cn.kczg.schemas.result;

import java.time.LocalDate;
import java.util.List;

/**
 * One input row a run could not use: a row of {@code quarantine.csv}. Two origins: rows refused at
 * ingest (no org, bad date, bad number, missing id), and item rows whose organization the registry
 * and aliases in force at the as-of date do not know ({@code UNKNOWN_ORG}, decided at run time, so
 * an alias added later makes them count).
 *
 * @param file {@code <drop folder>/<file name>}
 * @param line line (CSV) or row (XLSX) number in that file, 1 = first
 * @param dropDate the drop's export date
 * @param sourceId the source definition the file was read with
 * @param reason a stable code: {@code MISSING_ID}, {@code NO_ORG}, {@code UNKNOWN_ORG}, {@code
 *     BAD_DATE}, {@code BAD_NUMBER}, {@code MISSING_VALUE}
 * @param detail a sentence saying what is wrong
 * @param raw the row as it was read (for unknown orgs: its stored fields joined by commas)
 * @param suggestions for {@code UNKNOWN_ORG}: the closest registry names, best first, as {@code
 *     name [org_id]}; otherwise empty
 */
public record QuarantineRow(
    String file,
    long line,
    LocalDate dropDate,
    String sourceId,
    String reason,
    String detail,
    String raw,
    List<String> suggestions) {
  public QuarantineRow {
    suggestions = List.copyOf(suggestions);
  }
}
