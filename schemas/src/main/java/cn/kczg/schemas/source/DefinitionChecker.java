package cn.kczg.schemas.source;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.text.Names;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns one definition file into a {@link SourceDefinition}, collecting every problem before
 * refusing it: unknown keys, wrong types, unknown fields, a column listed under two fields, file
 * patterns that are not valid globs, and so on. One instance checks one file.
 */
final class DefinitionChecker {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> TOP_KEYS =
      new TreeSet<>(
          List.of(
              "id",
              "role",
              "kind",
              "files",
              "formats",
              "header_search_rows",
              "published",
              "not_published",
              "sheets",
              "fields",
              "description"));
  private static final Set<String> FIELD_KEYS =
      new TreeSet<>(List.of("columns", "required", "type"));
  private static final Set<String> RECORD_FIELD_KEYS =
      new TreeSet<>(List.of("columns", "required", "type", "value_required"));
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9_]*");

  /** Not-published statuses of an items source that does not list its own: those of the exports. */
  static final List<String> DEFAULT_NOT_PUBLISHED = List.of("待审核", "已下架", "已删除");

  private final String origin;
  private final List<String> problems = new ArrayList<>();

  DefinitionChecker(String origin) {
    this.origin = origin;
  }

  /** Parses and checks; throws one exception listing every problem. */
  SourceDefinition check(byte[] yaml) {
    JsonNode root = readTree(yaml);
    checkKeys(root, TOP_KEYS, "");
    String id = id(root);
    Role role = role(root);
    ItemKind kind = kind(root, role);
    List<String> files = patterns(root);
    List<String> formats = formats(root);
    int headerRows = headerRows(root);
    List<String> published = published(root, role);
    List<String> notPublished = notPublished(root, role, published);
    List<String> sheets = sheets(root);
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    Fields declared = new Fields();
    fields(root, role, columns, required, declared);
    text(root, "description");
    if (!problems.isEmpty()) {
      throw Errors.badSourceDefinition(origin, problems);
    }
    return new SourceDefinition(
        id,
        origin,
        role,
        kind,
        files,
        new LinkedHashSet<>(formats),
        headerRows,
        columns,
        required,
        new LinkedHashSet<>(published),
        new LinkedHashSet<>(notPublished),
        sheets,
        role == Role.RECORDS
            ? declared.fields
            : role == null
                ? List.of()
                : role.fields().stream().map(SourceDefinition.Field::of).toList(),
        declared.valueRequired,
        digest(yaml));
  }

  /** What a records source declares of its fields: their names and types, and the fill rule. */
  private static final class Fields {
    final List<SourceDefinition.Field> fields = new ArrayList<>();
    final Set<String> valueRequired = new LinkedHashSet<>();
  }

  private JsonNode readTree(byte[] yaml) {
    try {
      JsonNode root = YAML.readTree(yaml);
      if (root == null || !root.isObject()) {
        throw Errors.badSourceDefinition(
            origin, List.of(Messages.current().text("problem.definition.mapping")));
      }
      return root;
    } catch (IOException e) {
      throw Errors.badSourceDefinition(
          origin, List.of(Messages.current().text("problem.definition.yaml", e.getMessage())));
    }
  }

  private void checkKeys(JsonNode node, Set<String> known, String where) {
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!known.contains(key)) {
                problems.add(
                    "unknown key '"
                        + key
                        + "'"
                        + where
                        + " (known: "
                        + String.join(", ", known)
                        + ")");
              }
            });
  }

  private String id(JsonNode root) {
    String id = text(root, "id");
    if (id == null || id.isBlank()) {
      problems.add("'id' is missing; give a short lower-case name such as 'achievements'");
      return "";
    }
    if (!ID.matcher(id).matches()) {
      problems.add("'id' is '" + id + "'; use lower-case letters, digits, '-' and '_' only");
    }
    return id;
  }

  private Role role(JsonNode root) {
    String text = text(root, "role");
    if (text == null) {
      problems.add("'role' is missing (registry, items, snapshot or records)");
      return null;
    }
    try {
      return Role.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add("'role' is '" + text + "'; use registry, items, snapshot or records");
      return null;
    }
  }

  private ItemKind kind(JsonNode root, Role role) {
    String text = text(root, "kind");
    if (role != Role.ITEMS) {
      if (text != null && role != null) {
        problems.add(
            "'kind' is only for items sources; remove it from this " + role.key() + " source");
      }
      return null;
    }
    if (text == null) {
      problems.add(
          "'kind' is missing; an items source needs one of experts, achievements, demands, news, activities");
      return null;
    }
    ItemKind kind = ItemKind.parse(text).orElse(null);
    if (kind == null) {
      problems.add(
          "'kind' is '" + text + "'; use experts, achievements, demands, news or activities");
    }
    return kind;
  }

  private List<String> patterns(JsonNode root) {
    List<String> files = strings(root, "files", "");
    if (files.isEmpty()) {
      problems.add("'files' must list at least one file-name pattern, e.g. [\"成果*\"]");
    }
    for (String p : files) {
      if (p.isBlank() || p.contains("/") || p.contains("\\")) {
        problems.add(
            "file pattern '" + p + "' must be a non-empty file name pattern without folders");
        continue;
      }
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + p);
      } catch (PatternSyntaxException e) {
        problems.add("file pattern '" + p + "' is not a valid glob: " + e.getDescription());
      }
    }
    return files;
  }

  private List<String> formats(JsonNode root) {
    List<String> formats = strings(root, "formats", "");
    for (String f : formats) {
      if (!SourceDefinition.FORMATS.contains(f)) {
        problems.add("format '" + f + "' is not supported; use csv, xlsx or xls");
      }
    }
    return formats.isEmpty() ? SourceDefinition.FORMATS : formats;
  }

  private int headerRows(JsonNode root) {
    JsonNode v = root.get("header_search_rows");
    if (v == null) {
      return 5;
    }
    if (!v.isInt() || v.asInt() < 1 || v.asInt() > 50) {
      problems.add(
          "'header_search_rows' is '" + v.asText() + "'; it must be a whole number from 1 to 50");
      return 5;
    }
    return v.asInt();
  }

  private List<String> published(JsonNode root, Role role) {
    List<String> published = strings(root, "published", "");
    if (role != null && role != Role.ITEMS && !published.isEmpty()) {
      problems.add(
          "'published' is only for items sources; remove it from this " + role.key() + " source");
    }
    return role == Role.ITEMS && published.isEmpty() ? List.of("已发布") : published;
  }

  /** Status values known not to count; a value may not be both published and not published. */
  private List<String> notPublished(JsonNode root, Role role, List<String> published) {
    List<String> values = strings(root, "not_published", "");
    if (role != null && role != Role.ITEMS && !values.isEmpty()) {
      problems.add(
          "'not_published' is only for items sources; remove it from this "
              + role.key()
              + " source");
    }
    Set<String> publishedKeys = new TreeSet<>();
    published.forEach(p -> publishedKeys.add(Names.normalize(p)));
    for (String v : values) {
      if (Names.normalize(v).isEmpty()) {
        problems.add("'not_published' holds a blank value; blank statuses never count anyway");
      } else if (publishedKeys.contains(Names.normalize(v))) {
        problems.add(
            "status '" + v + "' is listed under both 'published' and 'not_published'; keep one");
      }
    }
    return role == Role.ITEMS && root.get("not_published") == null ? DEFAULT_NOT_PUBLISHED : values;
  }

  /** Workbook sheets to read, by name, or {@code "*"} for all. */
  private List<String> sheets(JsonNode root) {
    List<String> sheets = strings(root, "sheets", "");
    if (root.has("sheets") && sheets.isEmpty()) {
      problems.add(
          "'sheets' is empty; list sheet names, or \"*\" for every sheet, or leave it out");
    }
    Set<String> seen = new TreeSet<>();
    for (String name : sheets) {
      if (Names.normalize(name).isEmpty()) {
        problems.add("'sheets' holds a blank sheet name");
      } else if (!seen.add(Names.normalize(name))) {
        problems.add("sheet '" + name + "' is listed twice under 'sheets'");
      }
    }
    return sheets;
  }

  private void fields(
      JsonNode root,
      Role role,
      Map<String, List<String>> columns,
      Set<String> required,
      Fields declared) {
    JsonNode fields = root.get("fields");
    if (fields == null || !fields.isObject()) {
      problems.add("'fields' is missing or not a mapping: map canonical fields to source columns");
      return;
    }
    if (role == null) {
      return;
    }
    if (role == Role.RECORDS && fields.isEmpty()) {
      problems.add("'fields' is empty: a records source declares the fields its rows have");
    }
    Map<String, String> fieldOfColumn = new LinkedHashMap<>();
    fields
        .fields()
        .forEachRemaining(
            e -> {
              if (role == Role.RECORDS) {
                declare(e.getKey(), e.getValue(), declared);
              }
              field(role, e.getKey(), e.getValue(), columns, required, fieldOfColumn);
            });
    for (Role.Field f : role.fields()) {
      if (f.mustMap() && !columns.containsKey(f.name())) {
        problems.add("field '" + f.name() + "' must be mapped for a " + role.key() + " source");
      } else if (f.mustMap()) {
        required.add(f.name());
      }
    }
  }

  /**
   * Declares one field of a records source: its name (lower-case letters, digits and '_'), its type
   * ({@code text} unless given) and whether every row must fill it ({@code value_required}, which
   * makes the column required too).
   */
  private void declare(String name, JsonNode spec, Fields declared) {
    if (!FIELD_NAME.matcher(name).matches()) {
      problems.add(
          "field '"
              + name
              + "' must be a lower-case name of letters, digits and '_' (e.g. association_name)");
    }
    ValueType type = ValueType.TEXT;
    boolean valueRequired = false;
    if (spec.isObject()) {
      JsonNode t = spec.get("type");
      if (t != null) {
        type = ValueType.parse(t.asText()).orElse(null);
        if (type == null || !t.isTextual()) {
          problems.add(
              "field '"
                  + name
                  + "' has type '"
                  + t.asText()
                  + "'; use text, date, datetime, count or decimal");
          type = ValueType.TEXT;
        }
      }
      JsonNode v = spec.get("value_required");
      if (v != null && !v.isBoolean()) {
        problems.add(
            "'value_required' of field '" + name + "' is '" + v.asText() + "'; use true or false");
      }
      valueRequired = v != null && v.asBoolean();
    }
    declared.fields.add(new SourceDefinition.Field(name, type));
    if (valueRequired) {
      declared.valueRequired.add(name);
    }
  }

  private void field(
      Role role,
      String name,
      JsonNode spec,
      Map<String, List<String>> columns,
      Set<String> required,
      Map<String, String> fieldOfColumn) {
    boolean records = role == Role.RECORDS;
    if (!records && role.field(name).isEmpty()) {
      problems.add(
          "field '"
              + name
              + "' is not a field of a "
              + role.key()
              + " source (known: "
              + String.join(", ", role.fields().stream().map(Role.Field::name).toList())
              + ")");
      return;
    }
    String where = " in field '" + name + "'";
    List<String> cols;
    if (spec.isTextual() || spec.isArray()) {
      cols = values(spec, "fields." + name);
    } else if (spec.isObject()) {
      checkKeys(spec, records ? RECORD_FIELD_KEYS : FIELD_KEYS, where);
      cols = strings(spec, "columns", where);
      required(spec, name, required);
      if (!records) {
        type(spec, role.field(name).get());
      } else if (spec.path("value_required").asBoolean(false)) {
        required.add(name); // a cell every row must fill needs its column
      }
    } else {
      problems.add(
          "field '"
              + name
              + "' must be a column name, a list of them, or {columns: [...], required: true}");
      return;
    }
    columns(name, cols, columns, fieldOfColumn);
  }

  /** Records a field's source columns; a column may feed one field only. */
  private void columns(
      String name,
      List<String> cols,
      Map<String, List<String>> columns,
      Map<String, String> fieldOfColumn) {
    if (cols.isEmpty() || cols.stream().anyMatch(String::isBlank)) {
      problems.add("field '" + name + "' must list at least one non-blank source column");
    }
    for (String c : cols) {
      String other = fieldOfColumn.putIfAbsent(Names.normalize(c).toLowerCase(Locale.ROOT), name);
      if (other != null && !other.equals(name)) {
        problems.add(
            "column '"
                + c
                + "' is listed for both '"
                + other
                + "' and '"
                + name
                + "'; a column feeds one field");
      }
    }
    columns.put(name, cols);
  }

  private void required(JsonNode spec, String name, Set<String> required) {
    JsonNode r = spec.get("required");
    if (r != null && !r.isBoolean()) {
      problems.add("'required' of field '" + name + "' is '" + r.asText() + "'; use true or false");
    } else if (r != null && r.asBoolean()) {
      required.add(name);
    }
  }

  private void type(JsonNode spec, Role.Field field) {
    if (!spec.has("type")) {
      return;
    }
    String declared = spec.get("type").asText();
    String expected = field.type().name().toLowerCase(Locale.ROOT);
    if (!declared.equalsIgnoreCase(expected)) {
      problems.add(
          "field '" + field.name() + "' has type '" + declared + "' but is always a " + expected);
    }
  }

  private String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode() || v.isBoolean() || v.isNumber()) {
      problems.add(
          "'" + key + "' must be text, not " + v.getNodeType().name().toLowerCase(Locale.ROOT));
      return null;
    }
    return v.asText();
  }

  private List<String> strings(JsonNode node, String key, String where) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? List.of() : values(v, key + where);
  }

  private List<String> values(JsonNode v, String what) {
    if (v.isTextual()) {
      return List.of(v.asText());
    }
    if (!v.isArray()) {
      problems.add("'" + what + "' must be a list of text, e.g. [a, b]");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : v) {
      if (!x.isTextual()) {
        problems.add("'" + what + "' holds '" + x + "', which is not text");
      } else {
        out.add(x.asText());
      }
    }
    return out;
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
