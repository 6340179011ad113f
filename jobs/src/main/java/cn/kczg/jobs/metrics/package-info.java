/**
 * The counting rules in Spark: item states (one sort of the items, {@code StateScan}), attribution
 * ({@link cn.kczg.jobs.metrics.Attribution}) and per-organization counts at several as-of dates
 * ({@link cn.kczg.jobs.metrics.CountsQuery}); the states at the main date the integrity checks read
 * ({@link cn.kczg.jobs.metrics.MainStates}) come from the current-state table or, at earlier dates,
 * from the same scan.
 */
package cn.kczg.jobs.metrics;
