package cn.kczg.jobs.schedule;

import cn.kczg.schemas.ErrorCode;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Messages;
import java.nio.file.Path;
import java.util.List;

/**
 * Every user-facing error of {@code kczg serve}, worded in one place, in the process's language
 * ({@code error.serve.*}); a scheduler failure is a fault for engineers and stays English.
 */
public final class ScheduleErrors {
  private ScheduleErrors() {}

  /** A config file with problems; all of them are listed. */
  public static KczgException badConfig(String file, List<String> problems) {
    return new KczgException(
        ErrorCode.BAD_CONFIG,
        Messages.current()
            .text(
                "error.serve.config",
                file,
                problems.size(),
                "\n  - " + String.join("\n  - ", problems)));
  }

  /** The config file cannot be read. */
  public static KczgException unreadableConfig(Path file, String reason) {
    return new KczgException(
        ErrorCode.BAD_CONFIG, Messages.current().text("error.serve.unreadable", file, reason));
  }

  /** A program that reads its own files has no input folder under {@code program_inputs}. */
  public static KczgException missingProgramInputs(String program, Path folder) {
    return new KczgException(
        ErrorCode.MISSING_PATH,
        Messages.current().text("error.serve.program_inputs", program, folder));
  }

  /** Another {@code kczg serve} holds the scheduler database. */
  public static KczgException schedulerInUse(Path database, Throwable cause) {
    return new KczgException(
        ErrorCode.WAREHOUSE_LOCKED, Messages.current().text("error.serve.in_use", database), cause);
  }

  /** Quartz failed in a way the user cannot fix. */
  public static KczgException scheduler(String what, Throwable cause) {
    return new KczgException(
        ErrorCode.SCHEDULER, "Scheduler: " + what + ": " + cause.getMessage(), cause);
  }
}
