package cn.kczg.jobs.programs.rankinglists;

import cn.kczg.jobs.programs.SectionReader;
import cn.kczg.schemas.program.Rulebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ranking_nominations} section of a rulebook.
 *
 * @param program the rulebook id, for messages
 * @param lists the ranking lists in the rulebook's order
 * @param channelsAddUp true when a recommender in several channels adds up their quotas
 * @param channels the known recommending channels
 * @param pioneer the quota of a previous year's pioneer, or null when the program has none
 * @param excludePastWinners true when past winners may not be nominated again
 */
public record RankingRules(
    String program,
    List<ListRule> lists,
    boolean channelsAddUp,
    List<String> channels,
    PioneerRule pioneer,
    boolean excludePastWinners) {

  /** A list with its quota per recommender and channel; with fields, the quota is per field. */
  public record ListRule(String name, int quota, List<String> fields) {
    public ListRule {
      fields = List.copyOf(fields);
    }

    /** True when the quota applies per field. */
    public boolean perField() {
      return !fields.isEmpty();
    }
  }

  /**
   * A previous year's pioneer, recognized by a channel, may nominate {@code quota} to {@code list}.
   */
  public record PioneerRule(String channel, String list, int quota) {}

  public RankingRules {
    lists = List.copyOf(lists);
    channels = List.copyOf(channels);
  }

  /** The list with this name. */
  public Optional<ListRule> list(String name) {
    return lists.stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /** Reads and checks the section; a rulebook with mistakes is refused listing all of them. */
  public static RankingRules from(Rulebook rulebook) {
    SectionReader reader = SectionReader.of(rulebook);
    String where = "ranking_nominations";
    Map<String, Object> section = reader.section(rulebook, where);
    List<ListRule> lists = lists(reader, section);
    List<String> channels = reader.texts(section, where, "channels");
    PioneerRule pioneer =
        section.containsKey("pioneer") ? pioneer(reader, section, lists, channels) : null;
    boolean addUp = flag(reader, section, where, "channels_add_up");
    boolean exclude = flag(reader, section, where, "exclude_past_winners");
    reader.finish();
    return new RankingRules(rulebook.id(), lists, addUp, channels, pioneer, exclude);
  }

  private static List<ListRule> lists(SectionReader reader, Map<String, Object> section) {
    List<ListRule> out = new ArrayList<>();
    List<Map<String, Object>> nodes = reader.maps(section, "ranking_nominations", "lists");
    for (int i = 0; i < nodes.size(); i++) {
      String where = "ranking_nominations.lists[" + i + "]";
      Map<String, Object> node = nodes.get(i);
      String name = reader.text(node, where, "name");
      if (out.stream().anyMatch(l -> l.name().equals(name))) {
        reader.problem(where + ": '" + name + "' is listed twice");
      }
      List<String> fields =
          node.containsKey("fields") ? reader.texts(node, where, "fields") : List.of();
      out.add(new ListRule(name, reader.wholeNumber(node, where, "quota", 0), fields));
    }
    return out;
  }

  private static PioneerRule pioneer(
      SectionReader reader,
      Map<String, Object> section,
      List<ListRule> lists,
      List<String> channels) {
    String where = "ranking_nominations.pioneer";
    Map<String, Object> node = reader.map(section, "ranking_nominations", "pioneer");
    PioneerRule rule =
        new PioneerRule(
            reader.text(node, where, "channel"),
            reader.text(node, where, "list"),
            reader.wholeNumber(node, where, "quota", 0));
    if (!rule.list().isEmpty() && lists.stream().noneMatch(l -> l.name().equals(rule.list()))) {
      reader.problem(where + ".list '" + rule.list() + "' is not one of the lists");
    }
    if (channels.contains(rule.channel())) {
      reader.problem(
          where + ".channel '" + rule.channel() + "' must not also be an ordinary channel");
    }
    return rule;
  }

  private static boolean flag(
      SectionReader reader, Map<String, Object> section, String where, String key) {
    Object value = section.get(key);
    if (!(value instanceof Boolean b)) {
      reader.problem(SectionReader.path(where, key) + " must be true or false");
      return false;
    }
    return b;
  }
}
