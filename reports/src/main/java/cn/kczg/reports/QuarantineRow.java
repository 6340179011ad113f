package cn.kczg.reports;

import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.List;

/**
 * An input row that was set aside instead of counted: a row of {@code quarantine.csv} and of the
 * workbook's 隔离 sheet, with, when the run could tell, the organization and indicator it would count
 * for once fixed (so the dashboard can say "补上后 需求 2/3 → 3/3").
 *
 * @param file the input file, relative to the inbox ({@code <drop folder>/<file name>})
 * @param line 1-based line (or row) in that file
 * @param reason short code, e.g. {@code UNKNOWN_ORG}
 * @param detail what is wrong, as the run recorded it
 * @param raw the row as it was read
 * @param suggestions what a person might confirm, e.g. the closest registry names
 * @param dropDate the drop it was delivered in, or null when unknown
 * @param kind the indicator the row would count for, or null (a registry row, an unknown source)
 * @param orgId the organization it would count for, or null when none could be told
 * @param match how {@code orgId} was found: {@code account}, {@code name}, {@code alias} (the
 *     counting rules' attribution) or {@code suggestion} (the closest registry name, to be
 *     confirmed); empty when {@code orgId} is null
 */
public record QuarantineRow(
    String file,
    long line,
    String reason,
    String detail,
    String raw,
    List<String> suggestions,
    LocalDate dropDate,
    ItemKind kind,
    String orgId,
    String match) {
  public QuarantineRow {
    file = file == null ? "" : file;
    reason = reason == null ? "" : reason;
    detail = detail == null ? "" : detail;
    raw = raw == null ? "" : raw;
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    match = orgId == null || match == null ? "" : match;
  }

  /** A row whose organization and indicator are not known. */
  public QuarantineRow(
      String file, long line, String reason, String detail, String raw, List<String> suggestions) {
    this(file, line, reason, detail, raw, suggestions, null, null, null, "");
  }

  /** The file's name without its drop folder: {@code 需求.csv} for {@code 2022-07-04/需求.csv}. */
  public String fileName() {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return file.substring(slash + 1);
  }

  /** The drop folder the file was in ({@code 2022-07-04}), or empty. */
  public String dropFolder() {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return slash < 0 ? (dropDate == null ? "" : dropDate.toString()) : file.substring(0, slash);
  }
}
