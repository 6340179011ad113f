package cn.kczg.jobs.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The Quartz job that runs {@link ServePasses#reportPass()} on the weekly cron. The week it reports
 * comes from the data and the {@link RunLedger}, never from the fire time.
 */
@DisallowConcurrentExecution
public final class WeeklyReportJob implements Job {
  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    ServeScheduler.run(context, "weekly report", ServePasses::reportPass);
  }
}
