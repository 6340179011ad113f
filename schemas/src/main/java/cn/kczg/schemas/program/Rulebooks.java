package cn.kczg.schemas.program;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.integrity.IntegrityRules;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads program rulebooks: the built-in ones (resources under {@code programs/}, listed in {@code
 * programs/index.txt}) and any YAML in an extra folder. A rulebook with mistakes is refused with
 * every problem listed at once.
 */
public final class Rulebooks {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final RulebookSchema SCHEMA = RulebookSchema.defaults();
  private final Map<String, Rulebook> byId;

  private Rulebooks(Map<String, Rulebook> byId) {
    this.byId = byId;
  }

  /** The built-in rulebooks. */
  public static Rulebooks builtIn() {
    return withExtra(null);
  }

  /** Built-in rulebooks plus those in {@code extraDir} (which replace built-ins of the same id). */
  public static Rulebooks withExtra(Path extraDir) {
    Map<String, Rulebook> out = new TreeMap<>();
    for (String name : builtInNames()) {
      String resource = "programs/" + name;
      try (InputStream in = Rulebooks.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("built-in rulebook missing: " + resource);
        }
        Rulebook book = parse(in.readAllBytes(), "schemas/src/main/resources/" + resource);
        out.put(book.id(), book);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (extraDir != null && Files.isDirectory(extraDir)) {
      try (Stream<Path> files = Files.list(extraDir)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
          Rulebook book = parse(Files.readAllBytes(file), file.toString());
          out.put(book.id(), book);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Rulebooks(out);
  }

  private static List<String> builtInNames() {
    try (InputStream in =
        Rulebooks.class.getClassLoader().getResourceAsStream("programs/index.txt")) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All rulebooks by id, sorted. */
  public List<Rulebook> all() {
    return List.copyOf(byId.values());
  }

  /** The rulebook with this id, or an error listing the known ones. */
  public Rulebook get(String id) {
    Rulebook book = byId.get(id);
    if (book == null) {
      throw Errors.unknownProgram(id, byId.keySet());
    }
    return book;
  }

  /** Parses and checks one rulebook, reporting every problem at once. */
  public static Rulebook parse(byte[] yaml, String origin) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      throw Errors.badRulebook(origin, List.of(problem("yaml", e.getMessage())));
    }
    if (root == null || !root.isObject()) {
      throw Errors.badRulebook(origin, List.of(problem("mapping")));
    }
    List<String> problems = new ArrayList<>();
    String id = required(root, "id", problems);
    String type = root.path("type").asText(SCHEMA.text("type"));
    String title = required(root, "title", problems);
    String notice = root.path("notice").asText("");
    String source = root.path("source").asText("");
    LocalDate deadline = date(root, "deadline", problems);
    String score = root.path("score").asText(SCHEMA.text("score"));
    if (!score.equals("completion")) {
      problems.add(problem("score", score));
    }
    // The categories and channels of a rulebook that has them (indicator-targets programs); the
    // type that needs them refuses a rulebook without (its plug-in's rules), so no type is named.
    List<CategoryRule> categories = new ArrayList<>();
    List<ChannelRule> channels = new ArrayList<>();
    if (root.has("categories")) {
      categories = categories(root.path("categories"), problems);
      channels = channels(root.path("channels"), categories, problems);
    }
    int reserve = root.path("reserve_size").asInt(SCHEMA.whole("reserve_size"));
    List<TieBreak> tieBreaks = tieBreaks(root.path("tie_breaks"), problems);
    Map<String, Object> sections =
        YAML.convertValue(root, new TypeReference<LinkedHashMap<String, Object>>() {});
    if (!categories.isEmpty()) {
      sections.putIfAbsent("forecast_window", SCHEMA.whole("forecast_window"));
    }
    IntegrityRules.read(sections.get(IntegrityRules.SECTION), problems);
    if (!problems.isEmpty()) {
      throw Errors.badRulebook(origin, problems);
    }
    return new Rulebook(
        id,
        type,
        title,
        notice,
        source,
        origin,
        deadline,
        score,
        categories,
        channels,
        reserve,
        tieBreaks,
        sections);
  }

  private static List<CategoryRule> categories(JsonNode node, List<String> problems) {
    List<CategoryRule> out = new ArrayList<>();
    if (!node.isArray() || node.isEmpty()) {
      problems.add(problem("no_categories"));
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode c : node) {
      String name = c.path("name").asText("");
      String where = problem("where.category", name);
      if (name.isEmpty()) {
        problems.add(problem("category_no_name"));
        continue;
      }
      if (!seen.add(name)) {
        problems.add(problem("twice", where));
      }
      int quota = c.path("quota").asInt(-1);
      if (quota < 0) {
        problems.add(problem("quota", where));
      }
      Distribution distribution = Distribution.RANK_UNDER_CAP;
      if (c.has("distribution")) {
        distribution = Distribution.parse(c.get("distribution").asText()).orElse(null);
        if (distribution == null) {
          problems.add(problem("distribution", where));
          distribution = Distribution.RANK_UNDER_CAP;
        }
      }
      int tolerance = c.path("tolerance").asInt(0);
      if (c.has("tolerance") && (!c.get("tolerance").canConvertToInt() || tolerance < 0)) {
        problems.add(problem("tolerance", where));
        tolerance = 0;
      }
      if (tolerance > 0 && distribution != Distribution.RANK_UNDER_CAP) {
        problems.add(problem("tolerance_only", where));
      }
      List<TargetRule> targets = new ArrayList<>();
      if (c.has("levels")) {
        for (Iterator<Map.Entry<String, JsonNode>> it = c.get("levels").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> level = it.next();
          targets.add(
              new TargetRule(
                  name,
                  level.getKey(),
                  counts(
                      level.getValue(), problem("where.level", where, level.getKey()), problems)));
        }
      }
      if (c.has("targets")) {
        targets.add(new TargetRule(name, "", counts(c.get("targets"), where, problems)));
      }
      if (targets.isEmpty()) {
        problems.add(problem("targets", where));
      }
      out.add(new CategoryRule(name, Math.max(quota, 0), targets, distribution, tolerance));
    }
    return out;
  }

  private static IndicatorCounts counts(JsonNode node, String where, List<String> problems) {
    IndicatorCounts counts = IndicatorCounts.zero();
    for (ItemKind kind : ItemKind.values()) {
      JsonNode v = node.get(kind.key());
      if (v == null || !v.canConvertToInt() || v.asInt() < 1) {
        problems.add(problem("target", where, kind.key()));
      } else {
        counts = counts.with(kind, v.asInt());
      }
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (ItemKind.parse(key).isEmpty()) {
        problems.add(problem("indicator", where, key));
      }
    }
    return counts;
  }

  private static List<ChannelRule> channels(
      JsonNode node, List<CategoryRule> categories, List<String> problems) {
    List<ChannelRule> out = new ArrayList<>();
    if (node.isMissingNode()) {
      return out;
    }
    Set<String> names = new HashSet<>();
    Set<String> known = new HashSet<>();
    categories.forEach(c -> known.add(c.name()));
    for (JsonNode c : node) {
      String name = c.path("name").asText("");
      if (name.isEmpty()) {
        problems.add(problem("channel_no_name"));
        continue;
      }
      if (!names.add(name)) {
        problems.add(problem("twice", problem("where.channel", name)));
      }
      int slots = c.path("slots").asInt(-1);
      if (slots < 0) {
        problems.add(problem("slots", problem("where.channel", name)));
      }
      List<String> cats = new ArrayList<>();
      c.path("categories").forEach(x -> cats.add(x.asText()));
      if (cats.isEmpty()) {
        problems.add(problem("channel_categories", problem("where.channel", name)));
      }
      for (String cat : cats) {
        if (!known.contains(cat)) {
          problems.add(problem("unknown_category", problem("where.channel", name), cat));
        }
      }
      Map<String, Integer> categorySlots = categorySlots(c, name, cats, problems);
      out.add(
          new ChannelRule(
              name, c.path("kind").asText(""), Math.max(slots, 0), cats, categorySlots));
    }
    return out;
  }

  private static Map<String, Integer> categorySlots(
      JsonNode channel, String name, List<String> categories, List<String> problems) {
    Map<String, Integer> out = new LinkedHashMap<>();
    JsonNode node = channel.path("category_slots");
    if (node.isMissingNode()) {
      return out;
    }
    if (!node.isObject()) {
      problems.add(problem("category_slots", problem("where.channel", name)));
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!categories.contains(e.getKey())) {
        problems.add(problem("category_slots_unknown", problem("where.channel", name), e.getKey()));
      }
      if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
        problems.add(problem("category_slots_number", problem("where.channel", name), e.getKey()));
      } else {
        out.put(e.getKey(), e.getValue().asInt());
      }
    }
    return out;
  }

  private static List<TieBreak> tieBreaks(JsonNode node, List<String> problems) {
    if (node.isMissingNode()) {
      return Rulebook.DEFAULT_TIE_BREAKS;
    }
    List<TieBreak> out = new ArrayList<>();
    if (!node.isArray() || node.isEmpty()) {
      problems.add(problem("tie_breaks"));
      return out;
    }
    for (JsonNode t : node) {
      TieBreak tie = TieBreak.parse(t.asText()).orElse(null);
      if (tie == null) {
        problems.add(problem("tie_break_unknown", t.asText()));
      } else if (out.contains(tie)) {
        problems.add(problem("tie_break_twice", tie.key()));
      } else {
        out.add(tie);
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1) != TieBreak.ORG_ID) {
      problems.add(problem("tie_break_last"));
    }
    return out;
  }

  /** A problem of a rulebook in the process's language ({@code problem.rulebook.*}). */
  private static String problem(String key, Object... args) {
    return Messages.current().text("problem.rulebook." + key, args);
  }

  private static String required(JsonNode root, String key, List<String> problems) {
    String v = root.path(key).asText("");
    if (v.isBlank()) {
      problems.add(problem("missing", key));
    }
    return v;
  }

  private static LocalDate date(JsonNode root, String key, List<String> problems) {
    if (!root.has(key)) {
      return null;
    }
    try {
      return LocalDate.parse(root.get(key).asText());
    } catch (DateTimeParseException e) {
      problems.add(problem("date", key));
      return null;
    }
  }
}
