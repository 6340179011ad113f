/**
 * The counting rules in Spark: item states ({@link cn.kczg.jobs.metrics.ItemStates}), attribution
 * ({@link cn.kczg.jobs.metrics.Attribution}) and per-organization counts at several as-of dates
 * ({@link cn.kczg.jobs.metrics.CountsQuery}).
 */
package cn.kczg.jobs.metrics;
