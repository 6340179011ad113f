package cn.kczg.schemas.source;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.model.ItemKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads and checks source definitions. The built-in ones are resources under {@code sources/};
 * a folder of extra YAML files (a data engineer's) adds to them or replaces one with the same id.
 * A definition with mistakes is refused with every problem listed at once.
 *
 * <p>Format (YAML):
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
  /** The names of the built-in definitions, in the order they are tried. */
  public static final List<String> BUILT_IN =
      List.of("registry", "experts", "achievements", "demands", "news", "activities", "snapshot");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final List<SourceDefinition> definitions;

  private SourceDefinitions(List<SourceDefinition> definitions) {
    this.definitions = List.copyOf(definitions);
  }

  /** The built-in definitions. */
  public static SourceDefinitions builtIn() {
    return withExtra(null);
  }

  /** The built-in definitions plus (or replaced by) those in {@code extraDir}, if it exists. */
  public static SourceDefinitions withExtra(Path extraDir) {
    Map<String, SourceDefinition> byId = new LinkedHashMap<>();
    for (String name : BUILT_IN) {
      String resource = "sources/" + name + ".yaml";
      try (InputStream in = SourceDefinitions.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("built-in source definition missing: " + resource);
        }
        SourceDefinition def = parse(in.readAllBytes(), "schemas/src/main/resources/" + resource);
        byId.put(def.id(), def);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (extraDir != null && Files.isDirectory(extraDir)) {
      try (Stream<Path> files = Files.list(extraDir)) {
        for (Path file : files.filter(SourceDefinitions::isYaml).sorted().toList()) {
          SourceDefinition def = parse(Files.readAllBytes(file), file.toString());
          byId.remove(def.id());
          // A data engineer's definition is tried before the built-in ones.
          Map<String, SourceDefinition> reordered = new LinkedHashMap<>();
          reordered.put(def.id(), def);
          reordered.putAll(byId);
          byId = reordered;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new SourceDefinitions(new ArrayList<>(byId.values()));
  }

  private static boolean isYaml(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  /** All definitions, in the order they are tried. */
  public List<SourceDefinition> all() {
    return definitions;
  }

  /** The first definition whose file patterns match this file name. */
  public Optional<SourceDefinition> forFileName(String fileName) {
    return definitions.stream().filter(d -> d.matchesFileName(fileName)).findFirst();
  }

  /**
   * The first definition (of the file's format) whose required columns all appear in a header,
   * for files whose names say nothing.
   */
  public Optional<SourceDefinition> forHeader(String format, List<String> header) {
    return definitions.stream()
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
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      throw Errors.badSourceDefinition(origin, List.of("not valid YAML: " + e.getMessage()));
    }
    List<String> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw Errors.badSourceDefinition(origin, List.of("the file must be a YAML mapping"));
    }
    Set<String> knownKeys =
        Set.of("id", "role", "kind", "files", "formats", "header_search_rows", "published", "fields", "description");
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!knownKeys.contains(key)) {
        problems.add("unknown key '" + key + "' (known: " + String.join(", ", new java.util.TreeSet<>(knownKeys)) + ")");
      }
    }
    String id = text(root, "id");
    if (id == null || id.isBlank()) {
      problems.add("'id' is missing");
    }
    Role role = null;
    String roleText = text(root, "role");
    if (roleText == null) {
      problems.add("'role' is missing (registry, items or snapshot)");
    } else {
      try {
        role = Role.valueOf(roleText.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("'role' is '" + roleText + "'; use registry, items or snapshot");
      }
    }
    ItemKind kind = null;
    String kindText = text(root, "kind");
    if (role == Role.ITEMS) {
      if (kindText == null) {
        problems.add("'kind' is missing; an items source needs one of experts, achievements, demands, news, activities");
      } else {
        kind = ItemKind.parse(kindText).orElse(null);
        if (kind == null) {
          problems.add("'kind' is '" + kindText + "'; use experts, achievements, demands, news or activities");
        }
      }
    }
    List<String> files = strings(root, "files", problems);
    if (files.isEmpty()) {
      problems.add("'files' must list at least one file-name pattern, e.g. [\"成果*\"]");
    }
    List<String> formats = strings(root, "formats", problems);
    if (formats.isEmpty()) {
      formats = List.of("csv", "xlsx");
    }
    for (String f : formats) {
      if (!f.equals("csv") && !f.equals("xlsx")) {
        problems.add("format '" + f + "' is not supported; use csv or xlsx");
      }
    }
    int headerRows = root.path("header_search_rows").asInt(5);
    if (headerRows < 1 || headerRows > 50) {
      problems.add("'header_search_rows' must be between 1 and 50");
    }
    List<String> published = strings(root, "published", problems);
    if (role == Role.ITEMS && published.isEmpty()) {
      published = List.of("已发布");
    }
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    JsonNode fields = root.get("fields");
    if (fields == null || !fields.isObject()) {
      problems.add("'fields' is missing: map canonical fields to source columns");
    } else if (role != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String field = e.getKey();
        if (role.field(field).isEmpty()) {
          problems.add(
              "field '" + field + "' is not a field of a " + role.key() + " source (known: "
                  + String.join(", ", role.fields().stream().map(Role.Field::name).toList()) + ")");
          continue;
        }
        JsonNode spec = e.getValue();
        List<String> cols = spec.isTextual() ? List.of(spec.asText()) : strings(spec, "columns", problems);
        if (cols.isEmpty()) {
          problems.add("field '" + field + "' lists no source columns");
        }
        columns.put(field, cols);
        if (spec.path("required").asBoolean(false)) {
          required.add(field);
        }
        if (spec.has("type")) {
          String declared = spec.get("type").asText();
          String expected = role.field(field).get().type().name().toLowerCase(java.util.Locale.ROOT);
          if (!declared.equalsIgnoreCase(expected)) {
            problems.add("field '" + field + "' has type '" + declared + "' but is always a " + expected);
          }
        }
      }
      for (Role.Field f : role.fields()) {
        if (f.mustMap() && !columns.containsKey(f.name())) {
          problems.add("field '" + f.name() + "' must be mapped for a " + role.key() + " source");
        }
        if (f.mustMap() && columns.containsKey(f.name())) {
          required.add(f.name());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw Errors.badSourceDefinition(origin, problems);
    }
    return new SourceDefinition(
        id.trim(), origin, role, kind, files, new LinkedHashSet<>(formats), headerRows, columns, required,
        new LinkedHashSet<>(published));
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode node, String key, List<String> problems) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (v.isTextual()) {
      return List.of(v.asText());
    }
    if (!v.isArray()) {
      problems.add("'" + key + "' must be a list");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    v.forEach(x -> out.add(x.asText()));
    return out;
  }
}
