/**
 * Reading input files into typed rows or quarantine reasons: CSV and tab-separated text (UTF-8,
 * GB18030, UTF-16), XLSX and XLS streamed from the file within documented limits, sheet choice,
 * header search, required columns, and every value checked (reason codes in {@link
 * cn.kczg.schemas.read.RowOutcome.Reason}).
 */
package cn.kczg.schemas.read;
