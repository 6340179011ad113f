package cn.kczg.schemas.program;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.integrity.IntegrityRules;
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
      throw Errors.badRulebook(origin, List.of("not valid YAML: " + e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw Errors.badRulebook(origin, List.of("the file must be a YAML mapping"));
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
      problems.add("score '" + score + "' is not known; use completion");
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
      problems.add("'categories' must list at least one category");
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode c : node) {
      String name = c.path("name").asText("");
      String where = "category '" + name + "'";
      if (name.isEmpty()) {
        problems.add("a category has no 'name'");
        continue;
      }
      if (!seen.add(name)) {
        problems.add(where + " is listed twice");
      }
      int quota = c.path("quota").asInt(-1);
      if (quota < 0) {
        problems.add(where + ": 'quota' must be a whole number >= 0");
      }
      Distribution distribution = Distribution.RANK_UNDER_CAP;
      if (c.has("distribution")) {
        distribution = Distribution.parse(c.get("distribution").asText()).orElse(null);
        if (distribution == null) {
          problems.add(where + ": 'distribution' must be rank-under-cap, hamilton or dhondt");
          distribution = Distribution.RANK_UNDER_CAP;
        }
      }
      int tolerance = c.path("tolerance").asInt(0);
      if (c.has("tolerance") && (!c.get("tolerance").canConvertToInt() || tolerance < 0)) {
        problems.add(where + ": 'tolerance' must be a whole number >= 0 (0: the quota is exact)");
        tolerance = 0;
      }
      if (tolerance > 0 && distribution != Distribution.RANK_UNDER_CAP) {
        problems.add(
            where
                + ": 'tolerance' applies to rank-under-cap only; set it to 0 or use rank-under-cap");
      }
      List<TargetRule> targets = new ArrayList<>();
      if (c.has("levels")) {
        for (Iterator<Map.Entry<String, JsonNode>> it = c.get("levels").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> level = it.next();
          targets.add(
              new TargetRule(
                  name,
                  level.getKey(),
                  counts(level.getValue(), where + " level '" + level.getKey() + "'", problems)));
        }
      }
      if (c.has("targets")) {
        targets.add(new TargetRule(name, "", counts(c.get("targets"), where, problems)));
      }
      if (targets.isEmpty()) {
        problems.add(where + ": give 'targets' or 'levels'");
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
        problems.add(where + ": target '" + kind.key() + "' must be a whole number >= 1");
      } else {
        counts = counts.with(kind, v.asInt());
      }
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (ItemKind.parse(key).isEmpty()) {
        problems.add(
            where
                + ": '"
                + key
                + "' is not an indicator (experts, achievements, demands, news, activities)");
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
        problems.add("a channel has no 'name'");
        continue;
      }
      if (!names.add(name)) {
        problems.add("channel '" + name + "' is listed twice");
      }
      int slots = c.path("slots").asInt(-1);
      if (slots < 0) {
        problems.add("channel '" + name + "': 'slots' must be a whole number >= 0");
      }
      List<String> cats = new ArrayList<>();
      c.path("categories").forEach(x -> cats.add(x.asText()));
      if (cats.isEmpty()) {
        problems.add("channel '" + name + "': 'categories' must list what it recommends");
      }
      for (String cat : cats) {
        if (!known.contains(cat)) {
          problems.add(
              "channel '"
                  + name
                  + "': category '"
                  + cat
                  + "' is not one of the program's categories");
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
      problems.add("channel '" + name + "': 'category_slots' must map categories to slots");
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!categories.contains(e.getKey())) {
        problems.add(
            "channel '"
                + name
                + "': category_slots names '"
                + e.getKey()
                + "', which the channel does not recommend");
      }
      if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
        problems.add(
            "channel '"
                + name
                + "': category_slots '"
                + e.getKey()
                + "' must be a whole number >= 0");
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
      problems.add("'tie_breaks' must list completion, total and/or org_id, ending with org_id");
      return out;
    }
    for (JsonNode t : node) {
      TieBreak tie = TieBreak.parse(t.asText()).orElse(null);
      if (tie == null) {
        problems.add(
            "tie_breaks: '" + t.asText() + "' is not known; use completion, total, org_id");
      } else if (out.contains(tie)) {
        problems.add("tie_breaks: '" + tie.key() + "' is listed twice");
      } else {
        out.add(tie);
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1) != TieBreak.ORG_ID) {
      problems.add(
          "tie_breaks must end with org_id, so that no two organizations share a place;"
              + " add org_id last");
    }
    return out;
  }

  private static String required(JsonNode root, String key, List<String> problems) {
    String v = root.path(key).asText("");
    if (v.isBlank()) {
      problems.add("'" + key + "' is missing");
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
      problems.add("'" + key + "' must be a date YYYY-MM-DD");
      return null;
    }
  }
}
