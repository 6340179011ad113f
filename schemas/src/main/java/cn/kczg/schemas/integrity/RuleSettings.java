package cn.kczg.schemas.integrity;

import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.program.RulebookSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of one {@code integrity:} entry, read with defaults and validation. Each read
 * records the key as known; a problem is added to the shared list, never thrown, so one pass
 * reports every mistake of a rulebook. Keys nobody read are reported by {@link #unknownKeys()}.
 */
final class RuleSettings {
  private final Map<String, Object> entry;
  private final String where;
  private final List<String> problems;
  private final Set<String> known = new LinkedHashSet<>(List.of("check", "enabled"));

  RuleSettings(Map<String, Object> entry, String where, List<String> problems) {
    this(entry, String.valueOf(entry.get("check")), where, problems);
  }

  private final String check;

  private RuleSettings(
      Map<String, Object> entry, String check, String where, List<String> problems) {
    this.check = check;
    this.entry = entry;
    this.where = where;
    this.problems = problems;
  }

  boolean flag(String key, boolean fallback) {
    Object v = read(key);
    if (v == null || v instanceof Boolean) {
      return v == null ? fallback : (Boolean) v;
    }
    return problem(key, "must be true or false", fallback);
  }

  int whole(String key, int fallback, int min) {
    Object v = read(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Integer i && i >= min) {
      return i;
    }
    return problem(key, "must be a whole number >= " + min, fallback);
  }

  double decimal(String key, double fallback, double min) {
    Object v = read(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number n && n.doubleValue() >= min) {
      return n.doubleValue();
    }
    return problem(key, "must be a number >= " + min, fallback);
  }

  List<String> texts(String key, List<String> fallback) {
    Object v = read(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof List<?> list
        && !list.isEmpty()
        && list.stream().allMatch(x -> x instanceof String)) {
      return list.stream().map(String.class::cast).toList();
    }
    return problem(key, "must list at least one text", fallback);
  }

  /** A list of texts, each one of {@code allowed}, without repeats. */
  List<String> choices(String key, List<String> fallback, List<String> allowed) {
    List<String> out = new ArrayList<>();
    for (String text : texts(key, fallback)) {
      if (!allowed.contains(text)) {
        problems.add(
            where + ": '" + key + "' names '" + text + "', which is not one of " + allowed);
      } else if (!out.contains(text)) {
        out.add(text);
      }
    }
    return out.isEmpty() ? fallback : out;
  }

  /** One text of {@code allowed}. */
  String choice(String key, String fallback, List<String> allowed) {
    Object v = read(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof String text && allowed.contains(text)) {
      return text;
    }
    return problem(key, "must be one of " + allowed, fallback);
  }

  List<ItemKind> kinds(String key, List<ItemKind> fallback) {
    List<ItemKind> out = new ArrayList<>();
    for (String text : texts(key, fallback.stream().map(ItemKind::key).toList())) {
      ItemKind.parse(text)
          .ifPresentOrElse(
              out::add,
              () ->
                  problems.add(
                      where
                          + ": '"
                          + key
                          + "' names '"
                          + text
                          + "', which is not a kind (experts, achievements, demands, news, activities)"));
    }
    return out;
  }

  /** A flag whose default is the schema's. */
  boolean flag(String key) {
    return flag(key, SCHEMA.flag(path(key)));
  }

  /** A whole number >= min whose default is the schema's. */
  int whole(String key, int min) {
    return whole(key, SCHEMA.whole(path(key)), min);
  }

  /** A number >= min whose default is the schema's. */
  double decimal(String key, double min) {
    return decimal(key, SCHEMA.decimal(path(key)), min);
  }

  /** Texts whose default is the schema's. */
  List<String> texts(String key) {
    return texts(key, SCHEMA.texts(path(key)));
  }

  /** Texts, each one of {@code allowed}, whose default is the schema's. */
  List<String> choices(String key, List<String> allowed) {
    return choices(key, SCHEMA.texts(path(key)), allowed);
  }

  /** One text of {@code allowed} whose default is the schema's. */
  String choice(String key, List<String> allowed) {
    return choice(key, SCHEMA.text(path(key)), allowed);
  }

  /** Item kinds whose default is the schema's. */
  List<ItemKind> kinds(String key) {
    return kinds(
        key, SCHEMA.texts(path(key)).stream().map(k -> ItemKind.parse(k).orElseThrow()).toList());
  }

  private String path(String key) {
    return "integrity." + check + "." + key;
  }

  private static final RulebookSchema SCHEMA = RulebookSchema.defaults();

  boolean enabled() {
    return flag("enabled", true);
  }

  /** Keys of the entry no converter asked for, e.g. a misspelt threshold. */
  List<String> unknownKeys() {
    return entry.keySet().stream().filter(k -> !known.contains(k)).sorted().toList();
  }

  private Object read(String key) {
    known.add(key);
    return entry.get(key);
  }

  private <T> T problem(String key, String rule, T fallback) {
    problems.add(where + ": '" + key + "' " + rule + " (found: " + entry.get(key) + ")");
    return fallback;
  }
}
