package cn.kczg.schemas.program;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rulebook schema ({@code programs/rulebook-schema.yaml}): every key a rulebook may leave out,
 * with its default and its documentation. Loaders take every default from here, so a default is
 * written once, beside what it means, and never in Java.
 *
 * <p>Example: {@code RulebookSchema.defaults().whole("integrity.burst.lookback_days")} is 28.
 */
public final class RulebookSchema {
  private static final String RESOURCE = "programs/rulebook-schema.yaml";
  private static final RulebookSchema DEFAULTS = load();

  /**
   * One key of the schema.
   *
   * @param path the key's path, e.g. {@code integrity.burst.k}
   * @param value the default
   * @param doc what the key means
   */
  public record Key(String path, Object value, String doc) {}

  private final Map<String, Key> keys;

  private RulebookSchema(Map<String, Key> keys) {
    this.keys = keys;
  }

  /** The built-in schema. */
  public static RulebookSchema defaults() {
    return DEFAULTS;
  }

  /** Every key, in the order of the schema file. */
  public List<Key> keys() {
    return List.copyOf(keys.values());
  }

  /** The default of a key; a key the schema does not list is a programming error. */
  public Object value(String path) {
    Key key = keys.get(path);
    if (key == null) {
      throw new IllegalStateException(
          "no default for '" + path + "' in " + RESOURCE + "; add it there with its doc");
    }
    return key.value();
  }

  /** A whole-number default. */
  public int whole(String path) {
    return ((Number) value(path)).intValue();
  }

  /** A decimal default. */
  public double decimal(String path) {
    return ((Number) value(path)).doubleValue();
  }

  /** A true/false default. */
  public boolean flag(String path) {
    return (Boolean) value(path);
  }

  /** A text default. */
  public String text(String path) {
    return value(path).toString();
  }

  /** A list-of-texts default. */
  public List<String> texts(String path) {
    return ((List<?>) value(path)).stream().map(Object::toString).toList();
  }

  private static RulebookSchema load() {
    try (InputStream in = RulebookSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("rulebook schema missing: " + RESOURCE);
      }
      Map<String, Map<String, Object>> raw =
          new ObjectMapper(new YAMLFactory())
              .readValue(in, new TypeReference<LinkedHashMap<String, Map<String, Object>>>() {});
      Map<String, Key> keys = new LinkedHashMap<>();
      raw.forEach(
          (path, entry) ->
              keys.put(
                  path,
                  new Key(
                      path, entry.get("default"), String.valueOf(entry.getOrDefault("doc", "")))));
      return new RulebookSchema(keys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
