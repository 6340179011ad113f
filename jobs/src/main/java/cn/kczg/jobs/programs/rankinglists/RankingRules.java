package cn.kczg.jobs.programs.rankinglists;

import cn.kczg.jobs.programs.FormTemplate;
import cn.kczg.jobs.programs.SectionReader;
import cn.kczg.schemas.program.Rulebook;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * @param deadlines the deadlines, in the rulebook's order
 * @param reviewers the first-round reviewer of each list (and field)
 * @param forms the annex filled per clean nomination: {@code nomination} (附件2 申报样表)
 */
public record RankingRules(
    String program,
    List<ListRule> lists,
    boolean channelsAddUp,
    List<String> channels,
    PioneerRule pioneer,
    boolean excludePastWinners,
    List<Deadline> deadlines,
    List<Reviewer> reviewers,
    Map<String, FormTemplate> forms) {

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
   * A pioneer of {@code year} on {@code list}, recognized by {@code channel} and found on the
   * past-winners list, may nominate {@code quota} to {@code list}.
   */
  public record PioneerRule(String channel, String list, int year, int quota) {}

  /**
   * A deadline of the notice.
   *
   * @param name what is due, e.g. 学会秘书处报送截止
   * @param at the last moment (Asia/Shanghai local time)
   * @param clause where the notice says so
   * @param submissions true when nominations submitted after it are late (逾期)
   */
  public record Deadline(String name, LocalDateTime at, String clause, boolean submissions) {}

  /**
   * A list's first-round reviewer (初评机构), for some or all of its fields.
   *
   * @param list the list
   * @param fields the fields it reviews; empty for the whole list
   * @param reviewer the reviewing body
   * @param contact the contact person
   * @param phone the contact's phones
   */
  public record Reviewer(
      String list, List<String> fields, String reviewer, String contact, String phone) {
    public Reviewer {
      fields = List.copyOf(fields);
    }
  }

  public RankingRules {
    lists = List.copyOf(lists);
    channels = List.copyOf(channels);
    deadlines = List.copyOf(deadlines);
    reviewers = List.copyOf(reviewers);
    forms = Collections.unmodifiableMap(new LinkedHashMap<>(forms));
  }

  /** The list with this name. */
  public Optional<ListRule> list(String name) {
    return lists.stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /** The reviewer of a nomination's list and field. */
  public Optional<Reviewer> reviewer(String list, String field) {
    return reviewers.stream()
        .filter(r -> r.list().equals(list) && (r.fields().isEmpty() || r.fields().contains(field)))
        .findFirst();
  }

  /** The deadline nominations must be submitted by, if the rulebook marks one. */
  public Optional<Deadline> submissionDeadline() {
    return deadlines.stream().filter(Deadline::submissions).findFirst();
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
    boolean addUp = reader.flag(section, where, "channels_add_up");
    boolean exclude = reader.flag(section, where, "exclude_past_winners");
    List<Deadline> deadlines = deadlines(reader, section);
    List<Reviewer> reviewers = reviewers(reader, section, lists);
    Map<String, FormTemplate> forms =
        FormTemplate.read(reader, section, where, RankingForms.FORMS, RankingForms.placeholders());
    reader.finish();
    return new RankingRules(
        rulebook.id(), lists, addUp, channels, pioneer, exclude, deadlines, reviewers, forms);
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
      List<String> fields = reader.optionalTexts(node, where, "fields");
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
            reader.wholeNumber(node, where, "year", 2000),
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

  private static List<Deadline> deadlines(SectionReader reader, Map<String, Object> section) {
    List<Deadline> out =
        reader.optionalList(
            section,
            "ranking_nominations",
            "deadlines",
            (node, at) ->
                new Deadline(
                    reader.text(node, at, "name"),
                    reader.dateTime(node, at, "at"),
                    reader.text(node, at, "clause"),
                    node.containsKey("submissions") && reader.flag(node, at, "submissions")));
    if (out.stream().filter(Deadline::submissions).count() > 1) {
      reader.problem("ranking_nominations.deadlines: mark one deadline with submissions: true");
    }
    return out;
  }

  private static List<Reviewer> reviewers(
      SectionReader reader, Map<String, Object> section, List<ListRule> lists) {
    List<Reviewer> out =
        reader.optionalList(
            section,
            "ranking_nominations",
            "reviewers",
            (node, at) ->
                new Reviewer(
                    reader.text(node, at, "list"),
                    reader.optionalTexts(node, at, "fields"),
                    reader.text(node, at, "reviewer"),
                    reader.text(node, at, "contact"),
                    reader.text(node, at, "phone")));
    if (!out.isEmpty()) {
      checkEveryListReviewed(reader, lists, out);
    }
    return out;
  }

  /** Each list (and each field of a list with fields) has exactly one reviewer. */
  private static void checkEveryListReviewed(
      SectionReader reader, List<ListRule> lists, List<Reviewer> reviewers) {
    java.util.Set<String> checked = new java.util.HashSet<>();
    for (ListRule list : lists) {
      if (!checked.add(list.name())) {
        continue;
      }
      List<String> fields = list.perField() ? list.fields() : List.of("");
      for (String field : fields) {
        long n =
            reviewers.stream()
                .filter(r -> r.list().equals(list.name()))
                .filter(r -> r.fields().isEmpty() || r.fields().contains(field))
                .count();
        if (n != 1) {
          reader.problem(
              "ranking_nominations.reviewers: "
                  + (field.isEmpty() ? list.name() : list.name() + "/" + field)
                  + " has "
                  + n
                  + " reviewers; give exactly one");
        }
      }
    }
    reviewers.stream()
        .filter(r -> lists.stream().noneMatch(l -> l.name().equals(r.list())))
        .forEach(
            r ->
                reader.problem(
                    "ranking_nominations.reviewers: '" + r.list() + "' is not one of the lists"));
  }
}
