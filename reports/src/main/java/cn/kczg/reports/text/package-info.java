/**
 * Text rules shared by every output: neutralizing spreadsheet formulas in input text, masking phone
 * numbers, the display width of Chinese text, fixed number formats, and the Chinese sentences the
 * reports and forms print.
 */
package cn.kczg.reports.text;
