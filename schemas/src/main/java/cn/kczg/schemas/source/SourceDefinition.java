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
 * @param formats accepted formats: {@code csv}, {@code xlsx}
 * @param headerSearchRows how many leading rows may hold the header (title rows sit above it)
 * @param columns canonical field name to its accepted source column names, first is preferred
 * @param required canonical fields whose column must be present in the file
 * @param published status values that count as published (for items)
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
    requireNonNull(digest, "digest is null");
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

  /** The format of a file by its extension: {@code csv} or {@code xlsx}. */
  public static Optional<String> formatOf(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
      return Optional.of("csv");
    }
    if (lower.endsWith(".xlsx")) {
      return Optional.of("xlsx");
    }
    return Optional.empty();
  }

  /** True when a status text means published; blanks never do. */
  public boolean isPublished(String status) {
    String s = Names.normalize(status);
    return !s.isEmpty() && published.stream().anyMatch(p -> Names.normalize(p).equals(s));
  }
}
