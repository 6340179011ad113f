package cn.kczg.jobs.schedule;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.delivery.MailSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The settings of {@code kczg serve}, checked; made by {@link ServeSettings#load}.
 *
 * @param inbox the folder of drop folders to watch
 * @param outbox where reports are delivered, by program and week
 * @param programs the programs reported weekly
 * @param programInputs the folder holding one input folder per program that reads its own files
 * @param timeZone the zone the cron expression is read in
 * @param inboxEvery how often the inbox is looked at
 * @param settle the wait between the two looks that tell a complete file from one being copied
 * @param weeklyCron when the weekly report runs (Quartz cron)
 * @param misfireThreshold how late a trigger may be before it counts as missed
 * @param lockWait how long a job waits for the warehouse when another kczg process writes to it
 * @param mail how reports are emailed
 */
public record ServeConfig(
    Path inbox,
    Path outbox,
    List<String> programs,
    Path programInputs,
    ZoneId timeZone,
    Duration inboxEvery,
    Duration settle,
    String weeklyCron,
    Duration misfireThreshold,
    Duration lockWait,
    MailSettings mail) {
  public ServeConfig {
    requireNonNull(inbox, "inbox is null");
    requireNonNull(outbox, "outbox is null");
    programs = List.copyOf(programs);
    requireNonNull(programInputs, "programInputs is null");
    requireNonNull(timeZone, "timeZone is null");
    requireNonNull(weeklyCron, "weeklyCron is null");
    requireNonNull(mail, "mail is null");
  }
}
