package cn.kczg.reports.text;

/**
 * The one rule every people-facing text of a shared output passes through: the CSV files, the
 * workbook, the dashboard and the charts (the official forms, which go to reviewers, are the
 * exception). Phone numbers are masked by pattern wherever they appear, in names too: an
 * organization named {@code 衡阳市甲公司13812345678} is shown as {@code 衡阳市甲公司138****5678}; so are ID
 * numbers and e-mail addresses ({@link PersonalIds}), which expert exports may carry. Masking is
 * applied by the writers' cell and escape methods ({@code CsvTable.text}, {@code SheetTable.text},
 * {@code HtmlText.escape}, the chart labels), never per field.
 */
public final class SharedText {
  private SharedText() {}

  /** The text as a shared output shows it; null is empty. */
  public static String of(String text) {
    return text == null ? "" : Phones.maskWithin(PersonalIds.maskWithin(text));
  }
}
