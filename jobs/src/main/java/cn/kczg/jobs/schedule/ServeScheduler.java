package cn.kczg.jobs.schedule;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Date;
import java.util.TimeZone;
import java.util.function.Consumer;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

/**
 * The Quartz scheduler of {@code kczg serve}: JDBC job store on H2 under the warehouse's state
 * folder, the inbox watcher on a fixed interval and the weekly report on a cron.
 *
 * <p>A restart keeps the stored triggers when the config did not change them, so a weekly slot that
 * passed while the service was down is still known; the weekly trigger's misfire instruction is
 * {@code MISFIRE_INSTRUCTION_FIRE_ONCE_NOW}: it fires once at start-up however many slots were
 * missed, then keeps its cron. Missed inbox passes are dropped (the next one sees every drop).
 */
public final class ServeScheduler implements AutoCloseable {
  static final String PASSES = "kczg.passes";
  static final String LOG = "kczg.log";
  static final JobKey INBOX_JOB = JobKey.jobKey("inbox-watch", "kczg");
  static final JobKey WEEKLY_JOB = JobKey.jobKey("weekly-report", "kczg");
  static final TriggerKey INBOX_TRIGGER = TriggerKey.triggerKey("inbox-watch", "kczg");
  static final TriggerKey WEEKLY_TRIGGER = TriggerKey.triggerKey("weekly-report", "kczg");

  private final Scheduler scheduler;
  private final Consumer<String> log;

  private ServeScheduler(Scheduler scheduler, Consumer<String> log) {
    this.scheduler = scheduler;
    this.log = log;
  }

  /** Opens the scheduler on a warehouse's state folder, in standby; {@link #start()} starts it. */
  public static ServeScheduler open(
      Path stateDir, ServeConfig config, ServePasses passes, Consumer<String> log) {
    requireNonNull(passes, "passes is null");
    try {
      QuartzDatabase.ensureTables(stateDir);
    } catch (SQLException e) {
      throw e.getErrorCode() == 90020 // H2: DATABASE_ALREADY_OPEN (file locked by another process)
          ? ScheduleErrors.schedulerInUse(stateDir.resolve("scheduler"), e)
          : ScheduleErrors.scheduler("opening " + QuartzDatabase.url(stateDir), e);
    }
    try {
      Scheduler scheduler =
          new StdSchedulerFactory(QuartzDatabase.quartzProperties(stateDir, config)).getScheduler();
      scheduler.getContext().put(PASSES, passes);
      scheduler.getContext().put(LOG, log);
      return new ServeScheduler(scheduler, log);
    } catch (SchedulerException e) {
      throw ScheduleErrors.scheduler("starting Quartz", e);
    }
  }

  /**
   * Stores both jobs and their triggers; a stored trigger the config did not change is kept as it
   * is.
   */
  public void schedule(ServeConfig config) {
    Date now = new Date();
    try {
      ensure(
          job(InboxWatchJob.class, INBOX_JOB, "ingest complete new drop folders"),
          inboxTrigger(config, now));
      ensure(
          job(WeeklyReportJob.class, WEEKLY_JOB, "produce and deliver the due week"),
          weeklyTrigger(config, now));
    } catch (SchedulerException e) {
      throw ScheduleErrors.scheduler("storing the schedule", e);
    }
  }

  /** Starts firing (and handles the slots missed while down). */
  public void start() {
    try {
      scheduler.start();
      Trigger weekly = scheduler.getTrigger(WEEKLY_TRIGGER);
      log.accept(
          "serve: started; next weekly report "
              + (weekly == null ? "(none)" : weekly.getNextFireTime()));
    } catch (SchedulerException e) {
      throw ScheduleErrors.scheduler("starting", e);
    }
  }

  /** Stops: waits for a running job to finish, then closes the database. */
  @Override
  public void close() {
    try {
      if (!scheduler.isShutdown()) {
        scheduler.shutdown(true);
      }
    } catch (SchedulerException e) {
      throw ScheduleErrors.scheduler("shutting down", e);
    }
  }

  /** The Quartz scheduler itself (for tests and status). */
  Scheduler quartz() {
    return scheduler;
  }

  private void ensure(JobDetail job, Trigger wanted) throws SchedulerException {
    scheduler.addJob(job, true);
    Trigger stored = scheduler.getTrigger(wanted.getKey());
    if (stored == null) {
      scheduler.scheduleJob(wanted);
    } else if (!sameSchedule(stored, wanted)) {
      log.accept(
          "serve: the schedule of "
              + wanted.getKey().getName()
              + " changed in the config; replacing it");
      scheduler.rescheduleJob(wanted.getKey(), wanted);
    }
  }

  static boolean sameSchedule(Trigger stored, Trigger wanted) {
    if (stored instanceof CronTrigger a && wanted instanceof CronTrigger b) {
      return a.getCronExpression().equals(b.getCronExpression())
          && a.getTimeZone().getID().equals(b.getTimeZone().getID())
          && a.getMisfireInstruction() == b.getMisfireInstruction();
    }
    if (stored instanceof SimpleTrigger a && wanted instanceof SimpleTrigger b) {
      return a.getRepeatInterval() == b.getRepeatInterval();
    }
    return false;
  }

  private static JobDetail job(Class<? extends Job> type, JobKey key, String description) {
    return JobBuilder.newJob(type)
        .withIdentity(key)
        .withDescription(description)
        .storeDurably()
        .build();
  }

  /**
   * The weekly trigger: the config's cron in its zone, fired once now for any number of missed
   * slots.
   */
  static Trigger weeklyTrigger(ServeConfig config, Date startAt) {
    return TriggerBuilder.newTrigger()
        .withIdentity(WEEKLY_TRIGGER)
        .forJob(WEEKLY_JOB)
        .startAt(startAt)
        .withSchedule(
            CronScheduleBuilder.cronSchedule(config.weeklyCron())
                .inTimeZone(TimeZone.getTimeZone(config.timeZone()))
                .withMisfireHandlingInstructionFireAndProceed())
        .build();
  }

  /** The inbox trigger: every {@code inbox_watch.every_seconds}; missed passes are skipped. */
  static Trigger inboxTrigger(ServeConfig config, Date startAt) {
    return TriggerBuilder.newTrigger()
        .withIdentity(INBOX_TRIGGER)
        .forJob(INBOX_JOB)
        .startAt(startAt)
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(config.inboxEvery().toMillis())
                .repeatForever()
                .withMisfireHandlingInstructionNextWithRemainingCount())
        .build();
  }

  /** A pass of {@link ServePasses}, as the jobs run it. */
  interface Pass {
    Object run(ServePasses passes) throws InterruptedException;
  }

  /** Runs a pass from a Quartz job, logging a failure in words (the next firing tries again). */
  @SuppressWarnings("unchecked")
  static void run(JobExecutionContext context, String name, Pass pass)
      throws JobExecutionException {
    Consumer<String> log = s -> {};
    try {
      log = (Consumer<String>) context.getScheduler().getContext().get(LOG);
      pass.run((ServePasses) context.getScheduler().getContext().get(PASSES));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (SchedulerException | RuntimeException e) {
      log.accept(name + " failed: " + e.getMessage() + "; the next firing tries again");
      throw new JobExecutionException(e, false);
    }
  }
}
