package cn.kczg.jobs.programs;

import cn.kczg.schemas.ErrorCode;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.source.SourceDefinition;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Every user-facing error and input problem of the program types, worded in one place. */
public final class ProgramErrors {
  private ProgramErrors() {}

  /** No type for a rulebook's type. */
  public static KczgException unknownType(String type, Collection<String> known) {
    return new KczgException(
        ErrorCode.UNKNOWN_PROGRAM,
        "No program type '"
            + type
            + "'. Known types: "
            + String.join(", ", known)
            + ". Check the rulebook's 'type'.");
  }

  /** Two plug-ins claim one type: a packaging mistake. */
  static KczgException duplicateType(String type, Class<?> one, Class<?> other) {
    return new KczgException(
        ErrorCode.INTERNAL,
        "Two program types are named '"
            + type
            + "': "
            + one.getName()
            + " and "
            + other.getName()
            + ". Remove one from META-INF/services/cn.kczg.jobs.programs.ProgramType.");
  }

  /** The rulebook's {@code inputs:} names an input the type does not read. */
  static String unknownInput(String name, String type, List<InputSpec> specs) {
    return "inputs."
        + name
        + ": a "
        + type
        + " program reads no input '"
        + name
        + "' (it reads: "
        + String.join(
            ", ", specs.stream().filter(s -> !s.readsWarehouse()).map(InputSpec::name).toList())
        + ")";
  }

  /** An input names a source definition that does not exist. */
  static String noSuchSource(String input, String id) {
    return "inputs."
        + input
        + ": no source definition has the id '"
        + id
        + "'; add sources/"
        + id
        + ".yaml (see docs/adding-a-source.md) or name another";
  }

  /** A source definition lacks a field the type reads. */
  static String missingField(String input, String type, SourceDefinition def, String field) {
    return "inputs."
        + input
        + ": the source '"
        + def.id()
        + "' ("
        + def.origin()
        + ") has no field '"
        + field
        + "', which a "
        + type
        + " program reads; add it to the definition's fields";
  }

  /** No input file matches the definition an input reads. */
  public static KczgException missingInput(Path dir, String input, SourceDefinition def) {
    return new KczgException(
        ErrorCode.MISSING_PATH,
        "No "
            + input
            + " file in "
            + dir
            + ": expected a "
            + String.join(" or ", def.formats().stream().sorted().toList())
            + " file named like "
            + String.join(" or ", def.filePatterns())
            + " (source '"
            + def.id()
            + "', "
            + def.origin()
            + "). Put the file there, or check --input.");
  }

  /** Several input files match where the program reads one. */
  public static KczgException ambiguousInput(Path dir, String input, List<Path> files) {
    return new KczgException(
        ErrorCode.BAD_INPUT,
        "Several files in "
            + dir
            + " could be the "
            + input
            + ": "
            + String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList())
            + ". Keep one of them.");
  }

  /** An input folder holds drop folders, none dated on or before the as-of day. */
  static KczgException noDropUpTo(Path dir, LocalDate asOf) {
    return Errors.noData(
        "No drop folder in "
            + dir
            + " is dated on or before "
            + asOf
            + "; choose a later --as-of or add the exports of an earlier drop.");
  }

  /** Reading an input folder failed below the file format (disk, permissions). */
  public static KczgException cannotRead(Path file, IOException cause) {
    return new KczgException(
        ErrorCode.UNREADABLE_FILE, "Cannot read " + file + ": " + cause.getMessage(), cause);
  }
}
