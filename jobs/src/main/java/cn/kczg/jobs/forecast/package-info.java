/** Projections of when organizations reach their targets, from their weekly pace. */
package cn.kczg.jobs.forecast;
