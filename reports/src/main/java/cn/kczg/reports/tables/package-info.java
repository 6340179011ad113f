/**
 * Result tables of the program types that are not the weekly indicator report: a {@link
 * cn.kczg.reports.tables.TableReport} names its tables (each a workbook sheet, and a CSV file when
 * it says so) and its forms, and {@link cn.kczg.reports.tables.TableReportWriter} writes them with
 * the module's one XLSX saver, one CSV writer and one form renderer.
 */
package cn.kczg.reports.tables;
