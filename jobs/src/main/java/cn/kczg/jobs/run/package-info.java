/**
 * Running an indicator-targets program as of a date: counts, progress, selection, forecasts, stored
 * metrics, and the report model.
 */
package cn.kczg.jobs.run;
