package cn.kczg.schemas.source;

import cn.kczg.schemas.text.Names;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where each canonical field sits in one file's header. Column names are compared normalized (NFKC,
 * no white space, case-insensitive), so {@code 专家 ID} matches {@code 专家ID}.
 *
 * @param positions canonical field to column index; fields whose column is absent are left out
 * @param missingRequired required fields with no column, named by their preferred source column
 */
public record HeaderMapping(Map<String, Integer> positions, List<String> missingRequired)
    implements Serializable {

  /** Maps a header; never fails, but {@link #missingRequired()} may be non-empty. */
  public static HeaderMapping of(SourceDefinition definition, List<String> header) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(key(header.get(i)), i);
    }
    Map<String, Integer> positions = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    definition
        .columns()
        .forEach(
            (field, names) -> {
              Integer at = null;
              for (String name : names) {
                at = index.get(key(name));
                if (at != null) {
                  break;
                }
              }
              if (at != null) {
                positions.put(field, at);
              } else if (definition.required().contains(field)) {
                missing.add(names.get(0));
              }
            });
    missing.sort(null);
    return new HeaderMapping(Map.copyOf(positions), List.copyOf(missing));
  }

  /** The mapping when every required column is present. */
  public static Optional<HeaderMapping> tryMap(SourceDefinition definition, List<String> header) {
    HeaderMapping m = of(definition, header);
    return m.missingRequired().isEmpty() ? Optional.of(m) : Optional.empty();
  }

  /** The raw cell of a field in a row, or null when the column is absent or the row short. */
  public String cell(List<String> row, String field) {
    Integer at = positions.get(field);
    return at == null || at >= row.size() ? null : row.get(at);
  }

  private static String key(String name) {
    return Names.normalize(name).toLowerCase(Locale.ROOT);
  }
}
