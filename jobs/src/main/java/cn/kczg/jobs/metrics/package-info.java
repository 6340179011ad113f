/**
 * The counting rules in Spark: item states (one sort of the items, {@code StateScan}), attribution
 * ({@link cn.kczg.jobs.metrics.Attribution}) and per-organization counts at several as-of dates
 * ({@link cn.kczg.jobs.metrics.CountsQuery}); the same scan keeps the states at the main date the
 * integrity checks read ({@link cn.kczg.jobs.metrics.MainStates}).
 */
package cn.kczg.jobs.metrics;
