package cn.kczg.schemas.source;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.text.Names;
import java.io.Serializable;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one kind of input file is recognized and read: the file-name patterns, the role and item
 * kind, the header search, and which source columns (with aliases) feed which canonical fields.
 * Loaded from a YAML file by {@link SourceDefinitions}; a data engineer adds a source by adding
 * such a file.
 *
 * @param id short name, e.g. {@code achievements}
 * @param origin where the definition was loaded from, for messages
 * @param role what the rows are
 * @param kind the item kind for {@link Role#ITEMS}, else null
 * @param filePatterns glob patterns on the file name (case-insensitive), e.g. {@code 成果*}
 * @param formats accepted formats: {@code csv} (also tab-separated {@code .txt}), {@code xlsx},
 *     {@code xls}
 * @param headerSearchRows how many leading rows may hold the header (title rows sit above it)
 * @param columns canonical field name to its accepted source column names, first is preferred
 * @param required canonical fields whose column must be present in the file
 * @param published status values that count as published (for items)
 * @param notPublished status values known not to count (for items): any other non-blank status is
 *     reported as unknown, so a data engineer can map it
 * @param sheets the workbook sheets to read, by name ({@code *}: every sheet); empty: the first
 *     sheet only. Sheets not read that hold rows are reported as ignored.
 * @param fields the fields of a row, in the order of {@link cn.kczg.schemas.read.RowOutcome}'s
 *     values: the role's canonical fields, or a {@link Role#RECORDS} source's own
 * @param valueRequired fields (of a {@link Role#RECORDS} source) whose cell every row must fill: a
 *     row leaving one blank is rejected
 * @param digest SHA-256 of the definition file's bytes, so a manifest can name the exact version
 */
public record SourceDefinition(
    String id,
    String origin,
    Role role,
    ItemKind kind,
    List<String> filePatterns,
    Set<String> formats,
    int headerSearchRows,
    Map<String, List<String>> columns,
    Set<String> required,
    Set<String> published,
    Set<String> notPublished,
    List<String> sheets,
    List<SourceDefinition.Field> fields,
    Set<String> valueRequired,
    String digest)
    implements Serializable {

  public SourceDefinition {
    requireNonNull(id, "id is null");
    requireNonNull(role, "role is null");
    filePatterns = List.copyOf(filePatterns);
    formats = Set.copyOf(formats);
    columns = Map.copyOf(columns);
    required = Set.copyOf(required);
    published = Set.copyOf(published);
    notPublished = Set.copyOf(notPublished);
    sheets = List.copyOf(sheets);
    fields = List.copyOf(fields);
    valueRequired = Set.copyOf(valueRequired);
    requireNonNull(digest, "digest is null");
  }

  /**
   * A field of a row: its name and how its cell is read.
   *
   * @param name the canonical field name, e.g. {@code item_date} or a records source's own
   * @param type how the cell is read
   */
  public record Field(String name, ValueType type) implements Serializable {
    /** The field of a warehouse role. */
    public static Field of(Role.Field field) {
      return new Field(field.name(), ValueType.of(field.type()));
    }
  }

  /** The position of a field in a row's values, or -1 when the source has no such field. */
  public int indexOf(String field) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(field)) {
        return i;
      }
    }
    return -1;
  }

  /** The column name people know a field by: the first column the definition lists for it. */
  public String columnOf(String field) {
    List<String> names = columns.get(field);
    return names == null || names.isEmpty() ? field : names.get(0);
  }

  /** True when a file of this name is of this source (format and pattern). */
  public boolean matchesFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    Optional<String> format = formatOf(lower);
    if (format.isEmpty() || !formats.contains(format.get())) {
      return false;
    }
    for (String pattern : filePatterns) {
      PathMatcher matcher =
          FileSystems.getDefault().getPathMatcher("glob:" + pattern.toLowerCase(Locale.ROOT));
      if (matcher.matches(Path.of(lower))) {
        return true;
      }
    }
    return false;
  }

  /** The formats a definition may list, and a file's extension may name. */
  public static final List<String> FORMATS = List.of("csv", "xlsx", "xls");

  /**
   * The format of a file by its extension: {@code csv} (also {@code .txt}, e.g. Excel's
   * tab-separated "Unicode text"), {@code xlsx} or {@code xls} (Excel 97-2003).
   */
  public static Optional<String> formatOf(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
      return Optional.of("csv");
    }
    if (lower.endsWith(".xlsx")) {
      return Optional.of("xlsx");
    }
    if (lower.endsWith(".xls")) {
      return Optional.of("xls");
    }
    return Optional.empty();
  }

  /** True when a status text means published; blanks never do. */
  public boolean isPublished(String status) {
    return listed(published, status);
  }

  /**
   * True when a non-blank status is neither published nor a known not-published value: it does not
   * count, and is reported so a data engineer can add it to {@code published} or {@code
   * not_published}. E.g. {@code PUBLISHED} or the traditional {@code 已發布} under the defaults.
   */
  public boolean isUnknownStatus(String status) {
    return !Names.normalize(status).isEmpty()
        && !listed(published, status)
        && !listed(notPublished, status);
  }

  /**
   * True when a workbook sheet of this name is read (see {@link #sheets}); the first always is when
   * none are named.
   */
  public boolean readsSheet(String name, int index) {
    if (sheets.isEmpty()) {
      return index == 0;
    }
    String key = Names.normalize(name);
    return sheets.stream().anyMatch(s -> s.equals("*") || Names.normalize(s).equals(key));
  }

  private static boolean listed(Set<String> values, String status) {
    String s = Names.normalize(status);
    return !s.isEmpty() && values.stream().anyMatch(p -> Names.normalize(p).equals(s));
  }
}
