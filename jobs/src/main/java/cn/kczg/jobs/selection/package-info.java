/**
 * Progress against targets, league tables, quota distribution over channels (rank order, Hamilton,
 * D'Hondt), shortlist and reserve: plain Java.
 */
package cn.kczg.jobs.selection;
