/**
 * CSV files for machines and for people who open them in Excel.
 *
 * <p>Encoding: UTF-8 with a byte-order mark. Without the BOM, Excel on a Chinese Windows reads the
 * file as GBK and shows mojibake; with it, Excel, LibreOffice, pandas ({@code
 * encoding="utf-8-sig"}) and Spark read it correctly. Quoting follows RFC 4180: a field is quoted
 * when it holds a comma, quote, CR or LF, quotes are doubled, lines end in CRLF. Input text is
 * passed through {@link cn.kczg.reports.text.FormulaGuard}; numbers we compute are written as they
 * are, with {@code completion} at exactly four decimals (half up).
 */
package cn.kczg.reports.csv;
