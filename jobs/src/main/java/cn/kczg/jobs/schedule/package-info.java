/**
 * {@code kczg serve}: the engine as a service. Two Quartz jobs, from a config file ({@link
 * cn.kczg.jobs.schedule.ServeSettings}): the inbox watcher ingests drop folders once every file in
 * them is complete ({@link cn.kczg.jobs.schedule.InboxWatcher}), and the weekly report job runs the
 * programs and delivers the reports. Quartz keeps its schedule in an H2 database under {@code
 * <warehouse>/_state/scheduler}, so a restart resumes it; a weekly report missed while the service
 * was down is produced once, for the week the data and the {@link cn.kczg.jobs.schedule.RunLedger}
 * say is due, never for the trigger's fire time. The jobs never run at the same time on one
 * warehouse ({@link cn.kczg.jobs.schedule.WarehouseGate}).
 *
 * <p>The work itself sits behind {@link cn.kczg.jobs.schedule.ServeTasks}, so the scheduling is
 * tested with a hand-written fake and no Spark.
 */
package cn.kczg.jobs.schedule;
