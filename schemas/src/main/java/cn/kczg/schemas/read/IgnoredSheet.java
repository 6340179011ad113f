package cn.kczg.schemas.read;

/**
 * A workbook sheet that was not read although it holds rows: its rows are neither stored nor
 * quarantined, so it is reported (see {@link cn.kczg.schemas.Errors#ignoredSheet}).
 *
 * @param name the sheet's name as the workbook shows it
 * @param rows how many non-blank rows it holds
 */
public record IgnoredSheet(String name, long rows) {}
