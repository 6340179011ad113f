package cn.kczg.jobs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where an internal error's stack trace goes instead of the console: a file under the warehouse's
 * {@code _state/logs/} (the warehouse of the command that failed), else under the temporary folder.
 */
final class CrashLog {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static volatile Path warehouse;

  private CrashLog() {}

  /** The warehouse of the running command, whose {@code _state/logs/} takes the log. */
  static void warehouse(Path localWarehouse) {
    warehouse = localWarehouse;
  }

  /** Writes the error with its stack trace and returns the file. */
  static Path write(Throwable error, String[] args) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    out.println("kczg " + String.join(" ", args));
    error.printStackTrace(out);
    out.flush();
    String name =
        "kczg-error-"
            + LocalDateTime.now().format(STAMP)
            + "-"
            + ProcessHandle.current().pid()
            + ".log";
    for (Path dir : folders()) {
      try {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text.toString(), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        // try the next folder
      }
    }
    return Path.of(System.getProperty("java.io.tmpdir")).resolve(name);
  }

  private static Path[] folders() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).resolve("kczg-logs");
    Path w = warehouse;
    return w == null ? new Path[] {tmp} : new Path[] {w.resolve("_state").resolve("logs"), tmp};
  }
}
