package cn.kczg.jobs.cli;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Messages;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point of the {@code kczg} command. Exit codes: 0 ok, 1 user error, 2 bad usage, 3 internal.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (for tests). */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.err, true), args);
  }

  /** Runs a command line with its messages (errors, usage) going to {@code err}. */
  static int execute(PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new KczgCommand());
    cli.registerConverter(java.time.LocalDate.class, Main::date);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, line, parsed) -> onError(e, line.getErr(), args));
    cli.setParameterExceptionHandler(Main::onBadUsage);
    return cli.execute(args);
  }

  private static java.time.LocalDate date(String text) {
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(Messages.current().text("cli.bad_date", text));
    }
  }

  private static int onBadUsage(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("kczg: " + e.getMessage());
    err.println(Messages.current().text("cli.try_help", commandPath(e.getCommandLine())));
    return 2;
  }

  private static String commandPath(CommandLine line) {
    String name = line.getCommandSpec().qualifiedName(" ");
    return name.startsWith("kczg") ? name.substring(4).trim() + (name.length() > 4 ? " " : "") : "";
  }

  /**
   * One line for any failure: a user mistake (exit 1) says what to do; anything else (exit 3) says
   * where the log with its stack trace was written ({@link CrashLog}), never the trace itself.
   */
  static int onError(Exception e, PrintWriter err, String[] args) {
    KczgException mistake = mistake(e);
    if (mistake != null) {
      err.println("kczg: " + mistake.getMessage());
      return 1;
    }
    java.nio.file.Path log = CrashLog.write(e, args);
    err.println("kczg: " + Errors.internalError(oneLine(e), log));
    return 3;
  }

  /** The user's mistake behind a failure, if it is one. */
  private static KczgException mistake(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof KczgException k) {
        return k.userMistake() ? k : null;
      }
      if (t instanceof java.nio.file.AccessDeniedException denied) {
        return Errors.accessDenied(denied.getFile());
      }
    }
    return null;
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int end = m.indexOf('\n');
    String first = end < 0 ? m : m.substring(0, end);
    return e.getClass().getSimpleName() + (first.isBlank() ? "" : ": " + first.trim());
  }
}
