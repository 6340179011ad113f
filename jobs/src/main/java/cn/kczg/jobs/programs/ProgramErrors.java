package cn.kczg.jobs.programs;

import cn.kczg.schemas.ErrorCode;
import cn.kczg.schemas.KczgException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Every user-facing error of the program runners, worded in one place. */
public final class ProgramErrors {
  private ProgramErrors() {}

  /** No runner for a rulebook's type. */
  public static KczgException unknownType(String type, Collection<String> known) {
    return new KczgException(
        ErrorCode.UNKNOWN_PROGRAM,
        "No program runner for type '"
            + type
            + "'. Known types: "
            + String.join(", ", known)
            + ". Check the rulebook's 'type'.");
  }

  /** No input file matches the patterns a program reads. */
  public static KczgException missingInput(Path dir, String what, List<String> patterns) {
    return new KczgException(
        ErrorCode.MISSING_PATH,
        "No "
            + what
            + " in "
            + dir
            + ": expected a .csv or .xlsx file named like "
            + String.join(" or ", patterns)
            + ". Put the file there, or check --input.");
  }

  /** Several input files match where the program reads one. */
  public static KczgException ambiguousInput(Path dir, String what, List<String> files) {
    return new KczgException(
        ErrorCode.BAD_INPUT,
        "Several files in "
            + dir
            + " could be the "
            + what
            + ": "
            + String.join(", ", files)
            + ". Keep one of them.");
  }

  /** An input file lacks columns the program needs. */
  public static KczgException missingColumns(
      String file, String program, Collection<String> missing) {
    return new KczgException(
        ErrorCode.MISSING_COLUMNS,
        "Column"
            + (missing.size() > 1 ? "s " : " ")
            + String.join(", ", missing)
            + " missing in "
            + file
            + "; the program '"
            + program
            + "' needs "
            + (missing.size() > 1 ? "them" : "it")
            + " in the header row. Add "
            + (missing.size() > 1 ? "them" : "it")
            + " (see data-samples/"
            + program
            + "/ for a sample file). Nothing was written.");
  }

  /** An input file has no header row at all. */
  public static KczgException emptyFile(String file) {
    return new KczgException(
        ErrorCode.NO_DATA, "File " + file + " is empty: it needs a header row and data rows.");
  }

  /** Writing an output failed. */
  public static KczgException cannotWrite(Path file, Exception cause) {
    return new KczgException(
        ErrorCode.INTERNAL, "Cannot write " + file + ": " + cause.getMessage(), cause);
  }

  /** Reading an input failed below the file format (disk, permissions). */
  public static KczgException cannotRead(Path file, Exception cause) {
    return new KczgException(
        ErrorCode.UNREADABLE_FILE, "Cannot read " + file + ": " + cause.getMessage(), cause);
  }
}
