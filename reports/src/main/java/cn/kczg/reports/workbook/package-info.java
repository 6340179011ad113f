/**
 * The weekly Excel workbook ({@code weekly-report.xlsx}: summary, progress, lagging and at-risk,
 * shortlist, reserve, channels, channel league tables, quarantine, charts) and the machinery every
 * workbook of the module shares: cell styles, table sheets sized for Chinese text, and saving with
 * fixed dates so the same data gives the same bytes.
 *
 * <p>Input text is only ever written into string cells, so a name like {@code =HYPERLINK(…)} stays
 * text. Phones are masked.
 */
package cn.kczg.reports.workbook;
