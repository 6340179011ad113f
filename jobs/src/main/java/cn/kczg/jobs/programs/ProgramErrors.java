package cn.kczg.jobs.programs;

import cn.kczg.schemas.ErrorCode;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.source.SourceDefinition;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Every user-facing error and input problem of the program types, worded in one place; the words
 * come from the bundle in the process's language ({@code error.program.*}, {@code
 * problem.inputs.*}).
 */
public final class ProgramErrors {
  private ProgramErrors() {}

  private static String text(String key, Object... args) {
    return Messages.current().text(key, args);
  }

  private static String list(List<String> items) {
    return Messages.current().list(items);
  }

  private static String either(List<String> items) {
    return String.join(text("error.or"), items);
  }

  /** No type for a rulebook's type. */
  public static KczgException unknownType(String type, Collection<String> known) {
    return new KczgException(
        ErrorCode.UNKNOWN_PROGRAM,
        text("error.program.unknown_type", type, list(List.copyOf(known))));
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
    return text(
        "problem.inputs.unknown",
        name,
        type,
        list(specs.stream().filter(s -> !s.readsWarehouse()).map(InputSpec::name).toList()));
  }

  /** An input names a source definition that does not exist. */
  static String noSuchSource(String input, String id) {
    return text("problem.inputs.no_source", input, id);
  }

  /** A source definition lacks a field the type reads. */
  static String missingField(String input, String type, SourceDefinition def, String field) {
    return text("problem.inputs.missing_field", input, def.id(), def.origin(), field, type);
  }

  /** No input file matches the definition an input reads. */
  public static KczgException missingInput(Path dir, String input, SourceDefinition def) {
    return new KczgException(
        ErrorCode.MISSING_PATH,
        text(
            "error.program.missing_input",
            input,
            dir,
            either(def.formats().stream().sorted().toList()),
            either(List.copyOf(def.filePatterns())),
            def.id(),
            def.origin()));
  }

  /** Several input files match where the program reads one. */
  public static KczgException ambiguousInput(Path dir, String input, List<Path> files) {
    return new KczgException(
        ErrorCode.BAD_INPUT,
        text(
            "error.program.ambiguous_input",
            dir,
            input,
            list(files.stream().map(p -> p.getFileName().toString()).toList())));
  }

  /** An input folder holds drop folders, none dated on or before the as-of day. */
  static KczgException noDropUpTo(Path dir, LocalDate asOf) {
    return Errors.noData(text("error.program.no_drop", dir, asOf));
  }

  /** Reading an input folder failed below the file format (disk, permissions). */
  public static KczgException cannotRead(Path file, IOException cause) {
    return new KczgException(
        ErrorCode.UNREADABLE_FILE, text("error.file.unreadable", file, cause.getMessage()), cause);
  }
}
