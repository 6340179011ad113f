/**
 * The counting rules in Spark, in one place: each item's state at a date from its versions ({@link
 * cn.kczg.jobs.metrics.ItemStates}: rules 1-3 and 5), attribution ({@link
 * cn.kczg.jobs.metrics.Attribution}: rule 4), and per-organization counts and totals at several
 * dates in one pass each ({@link cn.kczg.jobs.metrics.Counting}); the states at the as-of date the
 * integrity checks read ({@link cn.kczg.jobs.metrics.MainStates}).
 */
package cn.kczg.jobs.metrics;
