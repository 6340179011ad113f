/**
 * A one-page HTML summary ({@code index.html}) for people who open the output folder in a
 * browser: the figures per category, the shortlist, channel fill and reserve, with the charts.
 * Input text is HTML-escaped and neutralized against formulas (people paste these tables into
 * Excel); phones never appear.
 */
package cn.kczg.reports.html;
