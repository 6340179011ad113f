package cn.kczg.schemas;

import cn.kczg.schemas.messages.Messages;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Every user-facing error of the schemas module, worded in one place: the words come from the
 * bundle ({@code error.*} and {@code note.*} keys) in the process's language, Chinese unless {@code
 * --lang en}; file names, lines, column names and commands stay as they are inside them.
 */
public final class Errors {
  private Errors() {}

  private static String text(String key, Object... args) {
    return Messages.current().text(key, args);
  }

  /** {@code what} is a thing's name in the process's language ({@code error.what.*}). */
  public static KczgException missingPath(String what, Path path) {
    return new KczgException(ErrorCode.MISSING_PATH, text("error.missing_path", what, path));
  }

  /** The name of a thing a path is, e.g. {@code input_folder} → 输入文件夹 ({@code error.what.*}). */
  public static String what(String key) {
    return text("error.what." + key);
  }

  /** A folder option naming a file. */
  public static KczgException notAFolder(String option, Path path) {
    return new KczgException(
        ErrorCode.BAD_ARGUMENT, text("error.folder.not_a_folder", option, path));
  }

  /** A folder option naming a path below a file, which can never be created. */
  public static KczgException underAFile(String option, Path path, Path file) {
    return new KczgException(
        ErrorCode.BAD_ARGUMENT, text("error.folder.under_a_file", option, path, file));
  }

  /** A folder the user may not read. */
  public static KczgException unreadableFolder(String option, Path path) {
    return new KczgException(ErrorCode.BAD_ARGUMENT, text("error.folder.unreadable", option, path));
  }

  /** A folder the user may not write (or in which the folder cannot be created). */
  public static KczgException unwritableFolder(String option, Path path, Path blocking) {
    return new KczgException(
        ErrorCode.UNWRITABLE_FILE,
        blocking.equals(path)
            ? text("error.folder.unwritable", option, path)
            : text("error.folder.unwritable_parent", option, path, blocking));
  }

  /** A Spark master URL of no form Spark knows. */
  public static KczgException badMaster(String master) {
    return new KczgException(ErrorCode.BAD_ARGUMENT, text("error.master", master));
  }

  /** A file or folder the operating system refused to open. */
  public static KczgException accessDenied(String path) {
    return new KczgException(ErrorCode.UNWRITABLE_FILE, text("error.access_denied", path));
  }

  /** An internal failure: one line, and where the stack trace was written. */
  public static String internalError(String what, Path log) {
    return text("error.internal", what, log);
  }

  public static KczgException badArgument(String message) {
    return new KczgException(ErrorCode.BAD_ARGUMENT, message);
  }

  public static KczgException noData(String message) {
    return new KczgException(ErrorCode.NO_DATA, message);
  }

  /** {@code reason} is in the process's language (a {@code error.file.*} text, or a library's). */
  public static KczgException unreadableFile(String file, String reason) {
    return new KczgException(
        ErrorCode.UNREADABLE_FILE, text("error.file.unreadable", file, reason));
  }

  /** A file that cannot be read for the reason of an {@code error.file.*} key. */
  public static KczgException cannotRead(String file, String reasonKey, Object... args) {
    return unreadableFile(file, text("error.file." + reasonKey, args));
  }

  /** A file whose extension names no format the engine reads. */
  public static KczgException unsupportedFormat(String file) {
    return cannotRead(file, "format");
  }

  /** CSV text the parser cannot split into cells from {@code line} on. */
  public static KczgException malformedCsv(String file, long line, String detail) {
    return cannotRead(file, "malformed_csv", line, detail);
  }

  /** A workbook the library cannot read; {@code detail} is the library's first line. */
  public static KczgException unreadableWorkbook(String file, String format, String detail) {
    return cannotRead(file, "workbook", format, detail);
  }

  /** A workbook saved under the other Excel extension. */
  public static KczgException wrongWorkbookExtension(String file, String kind, String extension) {
    return cannotRead(file, "wrong_extension", kind, extension);
  }

  /** A part that inflates more than the ratio allows: a zip bomb. */
  public static KczgException zipBomb(String file, String part, double minRatio) {
    return cannotRead(file, "zip_bomb", part, Math.round(1 / minRatio));
  }

  /** A part larger, uncompressed, than the limit for its kind. */
  public static KczgException partTooLarge(String file, String part, long limit) {
    return cannotRead(file, "part_too_large", part, bytes(limit));
  }

  /** A sheet with more rows than Excel allows. */
  public static KczgException tooManyRows(String file, String sheet, long max) {
    return cannotRead(file, "too_many_rows", sheet, max);
  }

  /** A cell reference that names no cell Excel has. */
  public static KczgException badCell(String file, String sheet, String reference) {
    return cannotRead(file, "bad_cell", sheet, reference);
  }

  /** A cell refers to a shared string the workbook does not hold. */
  public static KczgException missingSharedString(String file, int index, boolean hasPart) {
    return cannotRead(file, hasPart ? "shared_string" : "no_shared_strings", index);
  }

  /** Sheets a definition names are not in the workbook. */
  public static KczgException missingSheets(
      String file,
      Collection<String> missing,
      Collection<String> present,
      String sourceId,
      String definitionFile) {
    return cannotRead(
        file, "missing_sheets", quoted(missing), sourceId, definitionFile, quoted(present));
  }

  /** A note: a sheet that holds rows was not read. */
  public static String ignoredSheet(
      String file, String sheet, long rows, String sourceId, String definitionFile) {
    return text("note.ignored_sheet", sheet, file, rows, sourceId, definitionFile);
  }

  /** A note: a status value the definition neither counts nor knows as not counting. */
  public static String unknownStatus(
      String file,
      String column,
      String value,
      long rows,
      List<Long> lines,
      String sourceId,
      String definitionFile) {
    Messages m = Messages.current();
    String where =
        m.list(lines.stream().map(String::valueOf).toList())
            + (rows > lines.size() ? m.text("note.more") : "");
    return m.text(
        "note.unknown_status", column, value, file, rows, where, sourceId, definitionFile);
  }

  /** Names quoted and listed: {@code 'a', 'b'} / {@code “a”、“b”}. */
  private static String quoted(Collection<String> names) {
    Messages m = Messages.current();
    return m.list(names.stream().map(n -> m.text("error.quoted", n)).toList());
  }

  /** A size in the largest binary unit that divides it, e.g. {@code 256 MiB}. */
  static String bytes(long n) {
    String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    while (unit < units.length - 1 && n >= 1024 && n % 1024 == 0) {
      n /= 1024;
      unit++;
    }
    return n + " " + units[unit];
  }

  public static KczgException missingColumns(
      String file, String sourceId, Collection<String> missing, String definitionFile) {
    Messages m = Messages.current();
    return new KczgException(
        ErrorCode.MISSING_COLUMNS,
        m.text(
            missing.size() > 1 ? "error.missing_columns.many" : "error.missing_columns.one",
            m.list(List.copyOf(missing)),
            file,
            sourceId,
            definitionFile));
  }

  /**
   * What is wrong with a file, one problem a line: {@code what} names the file ({@code
   * error.rulebook}, {@code error.source_definition}).
   */
  public static String problems(String what, List<String> problems) {
    return text(
        "error.problems", what, problems.size(), "\n  - " + String.join("\n  - ", problems));
  }

  public static KczgException badSourceDefinition(String file, List<String> problems) {
    return new KczgException(
        ErrorCode.BAD_SOURCE_DEFINITION, problems(text("error.source_definition", file), problems));
  }

  /** Several definition files of one folder are wrong; each entry is one file's message. */
  public static KczgException badSourceDefinitions(String folder, List<String> messages) {
    return new KczgException(
        ErrorCode.BAD_SOURCE_DEFINITION,
        text("error.source_definitions", folder, String.join("\n", messages)));
  }

  /** An alias names an organization id no registry delivery has. */
  public static KczgException unknownAliasTarget(String orgId, String rawName) {
    return new KczgException(
        ErrorCode.BAD_ARGUMENT, text("error.alias.unknown_target", orgId, rawName));
  }

  /** An alias would shadow a registry organization's own name. */
  public static KczgException aliasShadowsRegistry(String rawName, String orgId) {
    return new KczgException(ErrorCode.BAD_ARGUMENT, text("error.alias.shadows", rawName, orgId));
  }

  /** {@code alias remove} of a name with no alias. */
  public static KczgException noSuchAlias(String rawName) {
    return new KczgException(ErrorCode.BAD_ARGUMENT, text("error.alias.none", rawName));
  }

  /** A name that is blank once normalized. */
  public static KczgException blankAliasName() {
    return new KczgException(ErrorCode.BAD_ARGUMENT, text("error.alias.blank"));
  }

  /**
   * A registry problem, reported once for every organization it affects: {@code what} is the
   * problem, {@code fix} what to do, {@code examples} the first organizations ("id name").
   */
  public static String registryProblem(
      String what, int organizations, String consequence, List<String> examples, String fix) {
    Messages m = Messages.current();
    return m.text(
        "registry.problem",
        what,
        organizations,
        consequence,
        m.list(examples) + (organizations > examples.size() ? m.text("list.separator") + "…" : ""),
        fix);
  }

  public static KczgException badRulebook(String file, List<String> problems) {
    return new KczgException(
        ErrorCode.BAD_RULEBOOK, problems(text("error.rulebook", file), problems));
  }

  public static KczgException unknownProgram(String id, Collection<String> known) {
    return new KczgException(
        ErrorCode.UNKNOWN_PROGRAM,
        text("error.unknown_program", id, Messages.current().list(List.copyOf(known))));
  }
}
