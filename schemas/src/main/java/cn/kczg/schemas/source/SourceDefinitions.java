package cn.kczg.schemas.source;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.KczgException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads and checks source definitions. The built-in ones are resources under {@code sources/},
 * listed in {@code sources/index.txt} in the order they are tried; a folder of extra YAML files (a
 * data engineer's: {@code <warehouse>/sources/} or {@code --sources DIR}) adds to them, or replaces
 * one with the same id. A definition with mistakes is refused with every problem listed at once;
 * with several bad files, every file's problems are listed together. The format is described in
 * {@code docs/adding-a-source.md}.
 *
 * <p>Example (YAML):
 *
 * <pre>
 * id: achievements
 * role: items            # registry | items | snapshot
 * kind: achievements     # items only: experts, achievements, demands, news, activities
 * files: ["成果*", "achievements*"]
 * formats: [csv, xlsx]
 * header_search_rows: 5  # the header is the first of these rows that has every required column
 * published: [已发布]
 * fields:
 *   item_id:   {columns: [成果ID, 成果编号], required: true}
 *   org_name:  {columns: [发布机构], required: true}
 *   item_date: {columns: [发布时间], required: true}
 * </pre>
 */
public final class SourceDefinitions {
  private final List<SourceDefinition> definitions;

  private SourceDefinitions(List<SourceDefinition> definitions) {
    this.definitions = List.copyOf(definitions);
  }

  /** The built-in definitions. */
  public static SourceDefinitions builtIn() {
    return withExtra(null);
  }

  /**
   * The built-in definitions plus (or replaced by) those in {@code extraDir}, if it exists. The
   * extra ones are tried first, in file-name order.
   */
  public static SourceDefinitions withExtra(Path extraDir) {
    Map<String, SourceDefinition> builtIn = new LinkedHashMap<>();
    for (String name : builtInIds()) {
      SourceDefinition def =
          parse(
              resource("sources/" + name + ".yaml"),
              "schemas/src/main/resources/sources/" + name + ".yaml");
      builtIn.put(def.id(), def);
    }
    Map<String, SourceDefinition> byId = new LinkedHashMap<>(extra(extraDir));
    builtIn.forEach(byId::putIfAbsent);
    return new SourceDefinitions(new ArrayList<>(byId.values()));
  }

  /**
   * The ids of the built-in definitions, in the order they are tried: the lines of {@code
   * sources/index.txt} (a definition file {@code sources/<id>.yaml} each).
   */
  public static List<String> builtInIds() {
    return new String(resource("sources/index.txt"), java.nio.charset.StandardCharsets.UTF_8)
        .lines()
        .map(String::trim)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static Map<String, SourceDefinition> extra(Path dir) {
    Map<String, SourceDefinition> out = new LinkedHashMap<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return out;
    }
    List<String> problems = new ArrayList<>();
    for (Path file : yamlFiles(dir)) {
      try {
        SourceDefinition def = parse(readAll(file), file.toString());
        SourceDefinition other = out.putIfAbsent(def.id(), def);
        if (other != null) {
          problems.add(
              "Source definitions "
                  + other.origin()
                  + " and "
                  + file
                  + " both have id '"
                  + def.id()
                  + "'; rename one.");
        }
      } catch (KczgException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw Errors.badSourceDefinitions(dir.toString(), problems);
    }
    return out;
  }

  private static List<Path> yamlFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(SourceDefinitions::isYaml).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = SourceDefinitions.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("built-in source definition missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isYaml(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  /** All definitions, in the order they are tried. */
  public List<SourceDefinition> all() {
    return definitions;
  }

  /**
   * The first warehouse definition (registry, items, snapshot) whose file patterns match this file
   * name: an inbox file is never taken for a program's own input ({@link Role#RECORDS}).
   */
  public Optional<SourceDefinition> forFileName(String fileName) {
    return definitions.stream()
        .filter(d -> d.role().warehouse())
        .filter(d -> d.matchesFileName(fileName))
        .findFirst();
  }

  /**
   * The first warehouse definition (of the file's format) whose required columns all appear in a
   * header, for files whose names say nothing.
   */
  public Optional<SourceDefinition> forHeader(String format, List<String> header) {
    return definitions.stream()
        .filter(d -> d.role().warehouse())
        .filter(d -> d.formats().contains(format))
        .filter(d -> HeaderMapping.tryMap(d, header).isPresent())
        .findFirst();
  }

  /** The definition with this id. */
  public Optional<SourceDefinition> byId(String id) {
    return definitions.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** Parses and checks one definition; every problem is reported at once. */
  public static SourceDefinition parse(byte[] yaml, String origin) {
    return new DefinitionChecker(origin).check(yaml);
  }
}
