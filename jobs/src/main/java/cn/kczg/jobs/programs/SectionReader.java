package cn.kczg.jobs.programs;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.RulebookSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a rulebook's own section (kept raw in {@link Rulebook#sections()}) into typed values,
 * collecting every problem instead of stopping at the first; {@link #finish()} then refuses the
 * rulebook with all of them. Each problem names the key path, e.g. {@code
 * scorecard.categories[3].max must be a whole number >= 1}. A key a rulebook may leave out takes
 * its default from the rulebook schema ({@link RulebookSchema}), looked up by its path.
 */
public final class SectionReader {
  private final String origin;
  private final List<String> problems = new ArrayList<>();

  private SectionReader(String origin) {
    this.origin = origin;
  }

  /** A reader for one rulebook. */
  public static SectionReader of(Rulebook rulebook) {
    return new SectionReader(rulebook.origin());
  }

  /** The top-level section {@code key} of the rulebook, or an empty map and a problem. */
  public Map<String, Object> section(Rulebook rulebook, String key) {
    return map(rulebook.sections(), "", key);
  }

  /** A nested mapping, or an empty map and a problem. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> map(Map<String, Object> node, String where, String key) {
    Object value = node.get(key);
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    problem(path(where, key) + (value == null ? " is missing" : " must be a mapping"));
    return Map.of();
  }

  /** A list of mappings (at least one), or an empty list and a problem. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> maps(Map<String, Object> node, String where, String key) {
    Object value = node.get(key);
    List<Map<String, Object>> out = new ArrayList<>();
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      problem(path(where, key) + " must list at least one entry");
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Map<?, ?> m) {
        out.add((Map<String, Object>) m);
      } else {
        problem(path(where, key) + "[" + i + "] must be a mapping");
      }
    }
    return out;
  }

  /**
   * A list of mappings (at least one), each turned into a value by {@code each} with its path, e.g.
   * {@code scorecard.categories[2]}; a broken entry adds its problems and still gives a value.
   */
  public <T> List<T> list(
      Map<String, Object> node,
      String where,
      String key,
      java.util.function.BiFunction<Map<String, Object>, String, T> each) {
    List<Map<String, Object>> nodes = maps(node, where, key);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      out.add(each.apply(nodes.get(i), path(where, key) + "[" + i + "]"));
    }
    return out;
  }

  /** As {@link #list}, empty when the key is absent. */
  public <T> List<T> optionalList(
      Map<String, Object> node,
      String where,
      String key,
      java.util.function.BiFunction<Map<String, Object>, String, T> each) {
    return node.containsKey(key) ? list(node, where, key, each) : List.of();
  }

  /** A list of non-blank texts (at least one), without repeats. */
  public List<String> texts(Map<String, Object> node, String where, String key) {
    Object value = node.get(key);
    List<String> out = new ArrayList<>();
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      problem(path(where, key) + " must list at least one name");
      return out;
    }
    for (Object item : list) {
      String text = item == null ? "" : item.toString().trim();
      if (text.isEmpty()) {
        problem(path(where, key) + " has a blank entry");
      } else if (out.contains(text)) {
        problem(path(where, key) + " lists '" + text + "' twice");
      } else {
        out.add(text);
      }
    }
    return out;
  }

  /** A non-blank text, or "" and a problem. */
  public String text(Map<String, Object> node, String where, String key) {
    Object value = node.get(key);
    String text = value == null ? "" : value.toString().trim();
    if (text.isEmpty()) {
      problem(path(where, key) + " is missing");
    }
    return text;
  }

  /** A whole number >= {@code min}, or {@code min} and a problem. */
  public int wholeNumber(Map<String, Object> node, String where, String key, int min) {
    Object value = node.get(key);
    if (value instanceof Integer i && i >= min) {
      return i;
    }
    problem(
        path(where, key)
            + " must be a whole number >= "
            + min
            + (value == null ? " (missing)" : ", not '" + value + "'"));
    return min;
  }

  /** A non-negative decimal, or zero and a problem. */
  public BigDecimal amount(Map<String, Object> node, String where, String key) {
    Object value = node.get(key);
    if (value instanceof Number n) {
      BigDecimal d = new BigDecimal(n.toString());
      if (d.signum() >= 0) {
        return d;
      }
    }
    problem(
        path(where, key)
            + " must be a number >= 0"
            + (value == null ? " (missing)" : ", not '" + value + "'"));
    return BigDecimal.ZERO;
  }

  /** A date YYYY-MM-DD, or null and a problem. */
  public LocalDate date(Map<String, Object> node, String where, String key) {
    Object value = node.get(key);
    try {
      return LocalDate.parse(String.valueOf(value));
    } catch (DateTimeParseException e) {
      problem(
          path(where, key)
              + " must be a date YYYY-MM-DD"
              + (value == null ? " (missing)" : ", not '" + value + "'"));
      return null;
    }
  }

  /** A whole number >= {@code min}, or the schema's default for {@code where.key} when absent. */
  public int wholeNumberOr(Map<String, Object> node, String where, String key, int min) {
    return node.containsKey(key)
        ? wholeNumber(node, where, key, min)
        : RulebookSchema.defaults().whole(path(where, key));
  }

  /** A text, or the schema's default for {@code where.key} when absent. */
  public String textOr(Map<String, Object> node, String where, String key) {
    return node.containsKey(key)
        ? text(node, where, key)
        : RulebookSchema.defaults().text(path(where, key));
  }

  /** True or false, or the schema's default for {@code where.key} when absent. */
  public boolean flagOr(Map<String, Object> node, String where, String key) {
    return node.containsKey(key)
        ? flag(node, where, key)
        : RulebookSchema.defaults().flag(path(where, key));
  }

  /** True or false, or false and a problem. */
  public boolean flag(Map<String, Object> node, String where, String key) {
    Object value = node.get(key);
    if (value instanceof Boolean b) {
      return b;
    }
    problem(path(where, key) + " must be true or false" + found(value));
    return false;
  }

  /** An optional list of texts: empty when the key is absent. */
  public List<String> optionalTexts(Map<String, Object> node, String where, String key) {
    return node.containsKey(key) ? texts(node, where, key) : List.of();
  }

  /** An optional list of mappings: empty when the key is absent. */
  public List<Map<String, Object>> optionalMaps(
      Map<String, Object> node, String where, String key) {
    return node.containsKey(key) ? maps(node, where, key) : List.of();
  }

  /**
   * A day and time {@code YYYY-MM-DD HH:MM} (Asia/Shanghai local time), or null and a problem.
   * {@code 24:00}, as notices write the end of a day ("11月30日24时"), is the next day's 00:00.
   */
  public LocalDateTime dateTime(Map<String, Object> node, String where, String key) {
    Object value = node.get(key);
    String text = value == null ? "" : value.toString().trim();
    try {
      String[] parts = text.split("[ T]", 2);
      LocalDate day = LocalDate.parse(parts[0]);
      if (parts.length == 1) {
        return day.atStartOfDay();
      }
      return parts[1].equals("24:00")
          ? day.plusDays(1).atStartOfDay()
          : day.atTime(LocalTime.parse(parts[1]));
    } catch (DateTimeParseException e) {
      problem(path(where, key) + " must be a date and time YYYY-MM-DD HH:MM" + found(value));
      return null;
    }
  }

  private static String found(Object value) {
    return value == null ? " (missing)" : ", not '" + value + "'";
  }

  /** Records a problem worded by the caller. */
  public void problem(String problem) {
    problems.add(problem);
  }

  /** The problems so far. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** Throws {@code BAD_RULEBOOK} listing every problem, if there are any. */
  public void finish() {
    if (!problems.isEmpty()) {
      throw Errors.badRulebook(origin, problems);
    }
  }

  /** The path of a key under {@code where}, e.g. {@code scorecard.bonus.cap}. */
  public static String path(String where, String key) {
    return where.isEmpty() ? key : where + "." + key;
  }
}
