package cn.kczg.jobs.programs.stationtasks;

import cn.kczg.jobs.programs.ProgramErrors;
import cn.kczg.jobs.programs.table.InputFiles;
import cn.kczg.jobs.programs.table.RowProblem;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.read.SourceFileParser;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.source.SourceDefinitions;
import cn.kczg.schemas.text.Dates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the 专家 and 活动 exports of one drop folder with the schemas module's source definitions and
 * parser, keeping each published item once (rules in the package documentation). Rows the parser
 * refuses (no id, a bad date) are listed as problems.
 */
public final class PlatformExports {
  private static final List<String> FIELDS =
      Role.ITEMS.fields().stream().map(Role.Field::name).toList();
  private static final int ID = FIELDS.indexOf("item_id");
  private static final int ORG = FIELDS.indexOf("org_name");
  private static final int ACCOUNT = FIELDS.indexOf("account");
  private static final int DATE = FIELDS.indexOf("item_date");
  private static final int STATUS = FIELDS.indexOf("status");
  private static final int FORM = FIELDS.indexOf("activity_form");

  private PlatformExports() {}

  /** The published experts and activities of a drop, and the rows that could not be read. */
  public record Result(
      Path folder,
      List<PlatformItem> experts,
      List<PlatformItem> activities,
      List<RowProblem> problems) {}

  /**
   * The drop folder to read: the latest dated subfolder on or before {@code asOf}, else {@code
   * inputDir}.
   */
  public static Path dropFolder(Path inputDir, LocalDate asOf) {
    List<Path> dated;
    try (Stream<Path> entries = Files.list(inputDir)) {
      dated = entries.filter(Files::isDirectory).filter(p -> dropDate(p).isPresent()).toList();
    } catch (IOException e) {
      throw ProgramErrors.cannotRead(inputDir, e);
    }
    if (dated.isEmpty()) {
      return inputDir;
    }
    return dated.stream()
        .filter(p -> !dropDate(p).get().isAfter(asOf))
        .max(
            Comparator.comparing((Path p) -> dropDate(p).get())
                .thenComparing(p -> p.getFileName().toString()))
        .orElseThrow(
            () ->
                Errors.noData(
                    "No drop folder in "
                        + inputDir
                        + " is dated on or before "
                        + asOf
                        + "; choose a later --as-of or add the exports of an earlier drop."));
  }

  private static Optional<LocalDate> dropDate(Path folder) {
    return Dates.dropDate(folder.getFileName().toString());
  }

  /** Reads the experts and activities exports of {@code folder}; both must be there. */
  public static Result read(Path folder, SourceDefinitions definitions) {
    List<RowProblem> problems = new ArrayList<>();
    List<PlatformItem> experts = kind(folder, definitions, ItemKind.EXPERTS, problems);
    List<PlatformItem> activities = kind(folder, definitions, ItemKind.ACTIVITIES, problems);
    return new Result(folder, experts, activities, problems);
  }

  private static List<PlatformItem> kind(
      Path folder, SourceDefinitions definitions, ItemKind kind, List<RowProblem> problems) {
    SourceDefinition definition =
        definitions.all().stream()
            .filter(d -> d.kind() == kind)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no source definition for " + kind));
    List<Path> files = InputFiles.matching(folder, definition.filePatterns());
    if (files.isEmpty()) {
      throw ProgramErrors.missingInput(folder, kind.label() + " export", definition.filePatterns());
    }
    Map<String, List<Parsed>> byId = new LinkedHashMap<>();
    SourceFileParser parser = new SourceFileParser(definition);
    for (Path file : files) {
      byte[] bytes = bytes(file);
      parser.parse(
          bytes,
          file.toString(),
          outcome -> {
            if (outcome.accepted()) {
              byId.computeIfAbsent((String) outcome.values()[ID], k -> new ArrayList<>())
                  .add(new Parsed(file.toString(), outcome));
            } else {
              problems.add(
                  new RowProblem(
                      file.toString(),
                      outcome.line(),
                      "",
                      outcome.reason() + ": " + outcome.detail()));
            }
          });
    }
    List<PlatformItem> out = new ArrayList<>();
    byId.forEach(
        (id, rows) -> {
          if (rows.stream()
              .allMatch(r -> definition.isPublished((String) r.outcome().values()[STATUS]))) {
            out.add(item(kind, id, rows.get(0)));
          }
        });
    return out;
  }

  private record Parsed(String file, RowOutcome outcome) {}

  private static PlatformItem item(ItemKind kind, String id, Parsed first) {
    Object[] v = first.outcome().values();
    return new PlatformItem(
        kind,
        id,
        text(v[ORG]),
        text(v[ACCOUNT]),
        (LocalDate) v[DATE],
        text(v[FORM]),
        first.file(),
        first.outcome().line());
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw ProgramErrors.cannotRead(file, e);
    }
  }
}
