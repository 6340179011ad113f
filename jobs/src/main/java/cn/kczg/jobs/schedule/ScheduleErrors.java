package cn.kczg.jobs.schedule;

import cn.kczg.schemas.ErrorCode;
import cn.kczg.schemas.KczgException;
import java.nio.file.Path;
import java.util.List;

/** Every user-facing error of {@code kczg serve}, worded in one place. */
public final class ScheduleErrors {
  private ScheduleErrors() {}

  /** A config file with problems; all of them are listed. */
  public static KczgException badConfig(String file, List<String> problems) {
    return new KczgException(
        ErrorCode.BAD_CONFIG,
        "Serve config "
            + file
            + " has "
            + problems.size()
            + " problem(s):\n  - "
            + String.join("\n  - ", problems)
            + "\nFix them and start again; README.md, section \"Scheduled reports\", lists every key with its default.");
  }

  /** The config file cannot be read. */
  public static KczgException unreadableConfig(Path file, String reason) {
    return new KczgException(
        ErrorCode.BAD_CONFIG,
        "Cannot read the serve config "
            + file
            + ": "
            + reason
            + ". Write it as YAML (serve.yaml) or as Java properties (serve.properties).");
  }

  /** A program that reads its own files has no input folder under {@code program_inputs}. */
  public static KczgException missingProgramInputs(String program, Path folder) {
    return new KczgException(
        ErrorCode.MISSING_PATH,
        "Program "
            + program
            + " reads its own input files, but its input folder "
            + folder
            + " does not exist. Put its files there (program_inputs/<program>/), or set"
            + " program_inputs in the serve config.");
  }

  /** Another {@code kczg serve} holds the scheduler database. */
  public static KczgException schedulerInUse(Path database, Throwable cause) {
    return new KczgException(
        ErrorCode.WAREHOUSE_LOCKED,
        "The scheduler database "
            + database
            + " is in use by another `kczg serve` on this warehouse; stop that one first, or serve another --warehouse.",
        cause);
  }

  /** Quartz failed in a way the user cannot fix. */
  public static KczgException scheduler(String what, Throwable cause) {
    return new KczgException(
        ErrorCode.SCHEDULER, "Scheduler: " + what + ": " + cause.getMessage(), cause);
  }
}
