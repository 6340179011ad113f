package cn.kczg.jobs.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The Quartz job that runs {@link ServePasses#inboxPass()} every {@code inbox_watch.every_seconds}.
 */
@DisallowConcurrentExecution
public final class InboxWatchJob implements Job {
  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    ServeScheduler.run(context, "inbox watch", ServePasses::inboxPass);
  }
}
