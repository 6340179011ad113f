package cn.kczg.schemas;

import cn.kczg.schemas.messages.Messages;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Every user-facing error of the schemas module, worded in one place. */
public final class Errors {
  private Errors() {}

  public static KczgException missingPath(String what, Path path) {
    return new KczgException(
        ErrorCode.MISSING_PATH,
        what + " " + path + " does not exist; check the path and try again.");
  }

  /** A folder option naming a file. */
  public static KczgException notAFolder(String option, Path path) {
    return folder(
        ErrorCode.BAD_ARGUMENT,
        option,
        path,
        "is a file, not a folder; give a folder (it is created if missing).");
  }

  /** A folder option naming a path below a file, which can never be created. */
  public static KczgException underAFile(String option, Path path, Path file) {
    return folder(
        ErrorCode.BAD_ARGUMENT,
        option,
        path,
        "cannot be created: "
            + file
            + " is a file, not a folder. Give a path whose folders are folders.");
  }

  /** A folder the user may not read. */
  public static KczgException unreadableFolder(String option, Path path) {
    return folder(
        ErrorCode.BAD_ARGUMENT,
        option,
        path,
        "cannot be read: you may not list it. Ask for read access, or give another folder.");
  }

  /** A folder the user may not write (or in which the folder cannot be created). */
  public static KczgException unwritableFolder(String option, Path path, Path blocking) {
    String where = blocking.equals(path) ? "the folder" : "its parent " + blocking;
    return folder(
        ErrorCode.UNWRITABLE_FILE,
        option,
        path,
        "cannot be written: "
            + where
            + " is read-only for you. Give a folder you may write, or ask for write access.");
  }

  private static KczgException folder(ErrorCode code, String option, Path path, String problem) {
    return new KczgException(code, option + " " + path + " " + problem);
  }

  /** A Spark master URL of no form Spark knows. */
  public static KczgException badMaster(String master) {
    return new KczgException(
        ErrorCode.BAD_ARGUMENT,
        "--master '"
            + master
            + "' is not a Spark master; use local[*], local[N], spark://HOST:PORT, yarn or"
            + " k8s://https://HOST:PORT.");
  }

  /** A file or folder the operating system refused to open. */
  public static KczgException accessDenied(String path) {
    return new KczgException(
        ErrorCode.UNWRITABLE_FILE,
        "Permission denied for "
            + path
            + "; check that you may read and write it (and its folder), then run again.");
  }

  /** An internal failure: one line, and where the stack trace was written. */
  public static String internalError(String what, Path log) {
    return "internal error ("
        + what
        + "); this is a fault of kczg, not of your input. The details are in "
        + log
        + "; please send that file with the report.";
  }

  public static KczgException badArgument(String message) {
    return new KczgException(ErrorCode.BAD_ARGUMENT, message);
  }

  public static KczgException noData(String message) {
    return new KczgException(ErrorCode.NO_DATA, message);
  }

  public static KczgException unreadableFile(String file, String reason) {
    return new KczgException(ErrorCode.UNREADABLE_FILE, "Cannot read " + file + ": " + reason);
  }

  /** A file whose extension names no format the engine reads. */
  public static KczgException unsupportedFormat(String file) {
    return unreadableFile(file, "only .csv, .txt, .xlsx and .xls files are read");
  }

  /** CSV text the parser cannot split into cells from {@code line} on. */
  public static KczgException malformedCsv(String file, long line, String detail) {
    return unreadableFile(
        file,
        "line "
            + line
            + " is not well-formed CSV ("
            + detail
            + "). A quote inside a quoted cell must be written twice (\"\"), and a quoted cell must"
            + " end in a quote before the next comma. Fix that line or re-export the file;"
            + " nothing of this file was stored.");
  }

  /** A workbook the library cannot read; {@code detail} is the library's first line. */
  public static KczgException unreadableWorkbook(String file, String format, String detail) {
    return unreadableFile(
        file,
        format(
            "it is not a readable %s workbook (%s). Open it in Excel or WPS and save it again, or"
                + " export the data as CSV.",
            format, detail));
  }

  /** A workbook saved under the other Excel extension. */
  public static KczgException wrongWorkbookExtension(String file, String kind, String extension) {
    return unreadableFile(
        file, "it is an " + kind + " workbook under another extension; rename it to " + extension);
  }

  /** A part that inflates more than the ratio allows: a zip bomb. */
  public static KczgException zipBomb(String file, String part, double minRatio) {
    return unreadableFile(
        file,
        format(
            "its part %s inflates to more than %d times its compressed size, as a zip bomb does;"
                + " the file is refused. If it is a genuine export, export the data as CSV.",
            part, Math.round(1 / minRatio)));
  }

  /** A part larger, uncompressed, than the limit for its kind. */
  public static KczgException partTooLarge(String file, String part, long limit) {
    return unreadableFile(
        file,
        format(
            "its part %s is larger than %s uncompressed, the limit for it. Split the export into"
                + " smaller files, or export it as CSV.",
            part, bytes(limit)));
  }

  /** A sheet with more rows than Excel allows. */
  public static KczgException tooManyRows(String file, String sheet, long max) {
    return unreadableFile(
        file,
        format(
            "sheet '%s' has rows beyond row %,d, the most a sheet can hold; the file is damaged or"
                + " was not written by Excel.",
            sheet, max));
  }

  /** A cell reference that names no cell Excel has. */
  public static KczgException badCell(String file, String sheet, String reference) {
    return unreadableFile(
        file,
        format(
            "sheet '%s' has a cell at '%s', which is not a cell of a sheet; the file is damaged."
                + " Save it again in Excel.",
            sheet, reference));
  }

  /** A cell refers to a shared string the workbook does not hold. */
  public static KczgException missingSharedString(String file, int index, boolean hasPart) {
    String where =
        hasPart
            ? "which the workbook's shared-strings part does not hold"
            : "but the workbook has no shared-strings part";
    return unreadableFile(
        file,
        format(
            "a cell refers to shared string %d, %s; the file is damaged. Save it again in Excel.",
            index, where));
  }

  private static String format(String template, Object... args) {
    return String.format(java.util.Locale.ROOT, template, args);
  }

  /** Sheets a definition names are not in the workbook. */
  public static KczgException missingSheets(
      String file,
      Collection<String> missing,
      Collection<String> present,
      String sourceId,
      String definitionFile) {
    return unreadableFile(
        file,
        "it has no sheet "
            + quoted(missing)
            + ", which the source '"
            + sourceId
            + "' reads (sheets: in "
            + definitionFile
            + "). Its sheets are "
            + quoted(present)
            + ". Rename the sheet, or change sheets: in the definition.");
  }

  /** A note: a sheet that holds rows was not read. */
  public static String ignoredSheet(
      String file, String sheet, long rows, String sourceId, String definitionFile) {
    return "Sheet '"
        + sheet
        + "' of "
        + file
        + " was not read: it holds "
        + rows
        + " row(s), and the source '"
        + sourceId
        + "' reads only the sheets its definition names (the first sheet when it names none)."
        + " To read it, list it under sheets: in "
        + definitionFile
        + ".";
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
    return column
        + " '"
        + value
        + "' in "
        + file
        + " ("
        + rows
        + " row(s), line "
        + String.join(", ", lines.stream().map(String::valueOf).toList())
        + (rows > lines.size() ? ", …" : "")
        + ") is not a status the source '"
        + sourceId
        + "' knows, so these rows do not count. If it means published, add it to published: in "
        + definitionFile
        + "; otherwise add it to not_published:.";
  }

  private static String quoted(Collection<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
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
    return new KczgException(
        ErrorCode.MISSING_COLUMNS,
        "Column"
            + (missing.size() > 1 ? "s " : " ")
            + String.join(", ", missing)
            + " missing in "
            + file
            + "; the source '"
            + sourceId
            + "' requires "
            + (missing.size() > 1 ? "them" : "it")
            + ". Add "
            + (missing.size() > 1 ? "them" : "it")
            + ", or map another column in "
            + definitionFile
            + ". Nothing of this file was stored.");
  }

  public static KczgException badSourceDefinition(String file, List<String> problems) {
    return new KczgException(
        ErrorCode.BAD_SOURCE_DEFINITION,
        "Source definition "
            + file
            + " has "
            + problems.size()
            + " problem(s):\n  - "
            + String.join("\n  - ", problems));
  }

  /** Several definition files of one folder are wrong; each entry is one file's message. */
  public static KczgException badSourceDefinitions(String folder, List<String> messages) {
    return new KczgException(
        ErrorCode.BAD_SOURCE_DEFINITION,
        "The source definitions in "
            + folder
            + " cannot be used; fix these and run again:\n"
            + String.join("\n", messages));
  }

  /** An alias names an organization id no registry delivery has. */
  public static KczgException unknownAliasTarget(String orgId, String rawName) {
    return new KczgException(
        ErrorCode.BAD_ARGUMENT,
        "No organization with id '"
            + orgId
            + "' in any registry delivery, so '"
            + rawName
            + "' cannot be an alias of it. "
            + "Check the id in the registry (机构编码) or in the suggestions of quarantine.csv.");
  }

  /** An alias would shadow a registry organization's own name. */
  public static KczgException aliasShadowsRegistry(String rawName, String orgId) {
    return new KczgException(
        ErrorCode.BAD_ARGUMENT,
        "'"
            + rawName
            + "' already is the registry name of "
            + orgId
            + " (after normalizing); registry names always win, so this alias would never apply.");
  }

  /** {@code alias remove} of a name with no alias. */
  public static KczgException noSuchAlias(String rawName) {
    return new KczgException(
        ErrorCode.BAD_ARGUMENT,
        "No alias for '" + rawName + "'; `kczg alias list` shows the aliases there are.");
  }

  /** A name that is blank once normalized. */
  public static KczgException blankAliasName() {
    return new KczgException(
        ErrorCode.BAD_ARGUMENT,
        "The raw name of an alias is blank; quote the name as it appears in quarantine.csv.");
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
        ErrorCode.BAD_RULEBOOK,
        "Rulebook "
            + file
            + " has "
            + problems.size()
            + " problem(s):\n  - "
            + String.join("\n  - ", problems));
  }

  public static KczgException unknownProgram(String id, Collection<String> known) {
    return new KczgException(
        ErrorCode.UNKNOWN_PROGRAM,
        "No program '" + id + "'. Known programs: " + String.join(", ", known) + ".");
  }
}
