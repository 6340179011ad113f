package cn.kczg.jobs.programs;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.source.SourceDefinitions;
import cn.kczg.schemas.text.Dates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs of one run, read as the program type declared them: each file input through its source
 * definition and the one parser of the schemas module (encodings, CSV, XLSX and XLS, header search,
 * typed values, rejected rows with their reasons), or the warehouse. A file missing its required
 * columns is refused whole, naming them and the definition to edit.
 */
public final class ProgramInputs {
  private final Map<String, InputRows> byName;
  private final WarehouseAccess warehouse;

  private ProgramInputs(Map<String, InputRows> byName, WarehouseAccess warehouse) {
    this.byName = byName;
    this.warehouse = warehouse;
  }

  /**
   * Where a run's inputs come from: an input folder read with source definitions, or the warehouse.
   *
   * @param folder the input folder, or null for the warehouse
   * @param sources the source definitions (built-in plus the warehouse's own)
   * @param warehouse the warehouse, or null for an input folder
   */
  public record Source(Path folder, SourceDefinitions sources, WarehouseAccess warehouse) {
    /** An input folder. */
    public static Source folder(Path folder, SourceDefinitions sources) {
      return new Source(requireNonNull(folder, "folder is null"), sources, null);
    }

    /** The warehouse. */
    public static Source warehouse(WarehouseAccess access) {
      return new Source(null, null, requireNonNull(access, "access is null"));
    }
  }

  /** Reads every input a type declared, as of {@code asOf}. */
  public static ProgramInputs read(
      Rulebook rulebook, String type, List<InputSpec> specs, Source source, LocalDate asOf) {
    Map<String, SourceDefinition> definitions = definitions(rulebook, type, specs, source);
    Map<String, InputRows> rows = new LinkedHashMap<>();
    for (InputSpec spec : specs) {
      if (!spec.readsWarehouse()) {
        rows.put(spec.name(), read(spec, definitions.get(spec.name()), source.folder(), asOf));
      }
    }
    return new ProgramInputs(rows, source.warehouse());
  }

  /** The rows of a declared file input. */
  public InputRows rows(String name) {
    InputRows rows = byName.get(name);
    if (rows == null) {
      throw new IllegalArgumentException("no input '" + name + "' was declared");
    }
    return rows;
  }

  /** The warehouse, for a type that declared it. */
  public WarehouseAccess warehouse() {
    if (warehouse == null) {
      throw new IllegalStateException("the warehouse was not declared as an input");
    }
    return warehouse;
  }

  /** Every rejected row and every note of every input, in the order read. */
  public List<RowProblem> problems() {
    return byName.values().stream().flatMap(r -> r.problems().stream()).toList();
  }

  /**
   * The definition of each file input: the one the rulebook's {@code inputs:} names, else the one
   * with the input's name. Every mismatch (no such definition, a field the type reads that the
   * definition lacks, an input the type does not read) is listed at once.
   */
  private static Map<String, SourceDefinition> definitions(
      Rulebook rulebook, String type, List<InputSpec> specs, Source source) {
    Map<String, Object> named = namedSources(rulebook);
    List<String> problems = new ArrayList<>();
    named.keySet().stream()
        .filter(k -> specs.stream().noneMatch(s -> s.name().equals(k) && !s.readsWarehouse()))
        .forEach(k -> problems.add(ProgramErrors.unknownInput(k, type, specs)));
    Map<String, SourceDefinition> out = new LinkedHashMap<>();
    for (InputSpec spec : specs) {
      if (spec.readsWarehouse()) {
        continue;
      }
      String id = String.valueOf(named.getOrDefault(spec.name(), spec.name()));
      Optional<SourceDefinition> def = source.sources().byId(id);
      if (def.isEmpty()) {
        problems.add(ProgramErrors.noSuchSource(spec.name(), id));
        continue;
      }
      spec.fields().stream()
          .filter(f -> def.get().indexOf(f) < 0)
          .forEach(f -> problems.add(ProgramErrors.missingField(spec.name(), type, def.get(), f)));
      out.put(spec.name(), def.get());
    }
    if (!problems.isEmpty()) {
      throw Errors.badRulebook(rulebook.origin(), problems);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> namedSources(Rulebook rulebook) {
    Object section = rulebook.sections().get("inputs");
    return section instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static InputRows read(
      InputSpec spec, SourceDefinition definition, Path folder, LocalDate asOf) {
    List<Path> files = new ArrayList<>();
    InputFileParser parsed = new InputFileParser(definition);
    for (Drop drop : drops(spec, folder, asOf)) {
      List<Path> found = InputFolders.matching(drop.folder(), definition);
      if (spec.count() != InputSpec.Count.DROPS && found.size() > 1) {
        throw ProgramErrors.ambiguousInput(drop.folder(), spec.name(), found);
      }
      for (Path file : found) {
        files.add(file);
        parsed.file(file, drop.date());
      }
    }
    if (files.isEmpty() && spec.count() != InputSpec.Count.OPTIONAL) {
      throw ProgramErrors.missingInput(folder, spec.name(), definition);
    }
    return new InputRows(spec, definition, files, parsed.rows, parsed.rejected, parsed.notes);
  }

  private record Drop(Path folder, LocalDate date) {}

  /** The folder itself, or for a drops input its drop folders up to the as-of day. */
  private static List<Drop> drops(InputSpec spec, Path folder, LocalDate asOf) {
    if (!Files.isDirectory(folder)) {
      throw Errors.missingPath(Errors.what("input_folder"), folder);
    }
    if (spec.count() != InputSpec.Count.DROPS) {
      return List.of(new Drop(folder, null));
    }
    List<Path> dated = InputFolders.dropFolders(folder);
    if (dated.isEmpty()) {
      return List.of(new Drop(folder, asOf));
    }
    List<Drop> out =
        dated.stream()
            .map(p -> new Drop(p, Dates.dropDate(p.getFileName().toString()).orElseThrow()))
            .filter(d -> !d.date().isAfter(asOf))
            .sorted(Comparator.comparing(Drop::date).thenComparing(d -> d.folder().toString()))
            .toList();
    if (out.isEmpty()) {
      throw ProgramErrors.noDropUpTo(folder, asOf);
    }
    return out;
  }
}
