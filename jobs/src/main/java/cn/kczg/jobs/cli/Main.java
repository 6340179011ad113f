package cn.kczg.jobs.cli;

import cn.kczg.schemas.KczgException;
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
    CommandLine cli = new CommandLine(new KczgCommand());
    cli.registerConverter(java.time.LocalDate.class, Main::date);
    cli.setExecutionExceptionHandler(Main::onError);
    cli.setParameterExceptionHandler(Main::onBadUsage);
    return cli.execute(args);
  }

  private static java.time.LocalDate date(String text) {
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a date; write it as YYYY-MM-DD, e.g. 2022-07-11");
    }
  }

  private static int onBadUsage(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("kczg: " + e.getMessage());
    err.println("Try `kczg " + commandPath(e.getCommandLine()) + "--help`.");
    return 2;
  }

  private static String commandPath(CommandLine line) {
    String name = line.getCommandSpec().qualifiedName(" ");
    return name.startsWith("kczg") ? name.substring(4).trim() + (name.length() > 4 ? " " : "") : "";
  }

  private static int onError(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
    PrintWriter err = line.getErr();
    Throwable cause = e;
    while (cause != null && !(cause instanceof KczgException)) {
      cause = cause.getCause();
    }
    if (cause instanceof KczgException k && k.userMistake()) {
      err.println("kczg: " + k.getMessage());
      return 1;
    }
    err.println("kczg: internal error: " + e);
    e.printStackTrace(err);
    return 3;
  }
}
