/**
 * The dashboard {@code index.html}: a self-contained static page (inline style and script, no CDN,
 * no request outside its folder) with the summary per category and channel, the charts (PNG files
 * beside it, linking the SVGs), sortable league tables, the shortlist and reserve, the
 * organizations at risk and links to the workbook, CSV files and forms. Input text is HTML-escaped
 * and neutralized against formulas (people paste these tables into Excel); phones never appear. The
 * page is tested in a real headless browser.
 */
package cn.kczg.reports.html;
