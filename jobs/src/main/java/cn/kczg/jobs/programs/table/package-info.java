/**
 * Generic table input and output for the program runners: finding an input file in a folder by name
 * pattern, reading its rows (CSV or XLSX, through the schemas module's {@code TableReader}) with a
 * header found by column names, listing bad rows as {@link
 * cn.kczg.jobs.programs.table.RowProblem}s, and writing result tables as XLSX (POI) and CSV with
 * the same bytes for the same rows.
 */
package cn.kczg.jobs.programs.table;
