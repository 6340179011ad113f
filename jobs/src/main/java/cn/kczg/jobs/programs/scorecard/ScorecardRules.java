package cn.kczg.jobs.programs.scorecard;

import cn.kczg.jobs.programs.SectionReader;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.text.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code scorecard} section of a rulebook: the categories with their maximum points, the honour
 * levels that earn bonus points, the bonus cap, the deduction types and the points lost per item,
 * the requirements tracked beside the score, and how assessors' scores combine. Each names the
 * field of the assessment sheet (its source definition) that holds it.
 *
 * @param program the rulebook id, for messages
 * @param categories the categories in the order of the scorecard
 * @param bonusCap the most bonus points an association can get in all
 * @param honours the honour levels, each with its points
 * @param pointsPerDeduction points lost per deduction item, whatever its type
 * @param deductionTypes the deduction types, each counted in its own field
 * @param requirements the requirements tracked (not scored), and the words meaning yes and no
 * @param combine how several assessors' scores combine: {@code mean}
 */
public record ScorecardRules(
    String program,
    List<Category> categories,
    int bonusCap,
    List<Honour> honours,
    int pointsPerDeduction,
    List<DeductionType> deductionTypes,
    Requirements requirements,
    String combine) {

  /** The one way of combining assessors the engine knows. */
  public static final String MEAN = "mean";

  /** A scored category, e.g. 组织技术攻关 with at most 20 points. */
  public record Category(String name, int max, String field) {}

  /** An honour level, e.g. 国家级 worth 8 points. */
  public record Honour(String level, int points, String field) {}

  /** A deduction type of the notice, e.g. 未完成市科协交办的其他工作. */
  public record DeductionType(String name, String field) {}

  /** A requirement tracked per association, e.g. 有章程 of 制度规范化. */
  public record Requirement(String name, String group, String clause, String field) {}

  /** The requirements, and the cell texts that mean yes and no (compared normalized). */
  public record Requirements(List<Requirement> items, List<String> yes, List<String> no) {
    public Requirements {
      items = List.copyOf(items);
      yes = List.copyOf(yes);
      no = List.copyOf(no);
    }

    /** True for a yes, false for a no, null for any other text. */
    public Boolean answer(String text) {
      String key = Names.normalize(text);
      if (yes.stream().anyMatch(y -> Names.normalize(y).equals(key))) {
        return true;
      }
      return no.stream().anyMatch(n -> Names.normalize(n).equals(key)) ? false : null;
    }
  }

  public ScorecardRules {
    categories = List.copyOf(categories);
    honours = List.copyOf(honours);
    deductionTypes = List.copyOf(deductionTypes);
  }

  /** Every field of the assessment sheet these rules read. */
  public List<String> fields() {
    List<String> out =
        new ArrayList<>(List.of(AssessmentReader.ASSOCIATION, AssessmentReader.ASSESSOR));
    categories.forEach(c -> out.add(c.field()));
    honours.forEach(h -> out.add(h.field()));
    deductionTypes.forEach(d -> out.add(d.field()));
    requirements.items().forEach(r -> out.add(r.field()));
    return out;
  }

  /** Reads and checks the section; a rulebook with mistakes is refused listing all of them. */
  public static ScorecardRules from(Rulebook rulebook) {
    SectionReader reader = SectionReader.of(rulebook);
    String where = "scorecard";
    Map<String, Object> section = reader.section(rulebook, where);
    List<Category> categories = categories(reader, section);
    Map<String, Object> bonus = reader.map(section, where, "bonus");
    int cap = reader.wholeNumber(bonus, where + ".bonus", "cap", 0);
    List<Honour> honours = honours(reader, bonus);
    Map<String, Object> deductions = reader.map(section, where, "deductions");
    int perItem = reader.wholeNumber(deductions, where + ".deductions", "points_per_item", 0);
    List<DeductionType> types = deductionTypes(reader, deductions);
    Requirements requirements = requirements(reader, section);
    String combine = reader.textOr(section, where, "combine");
    if (!combine.equals(MEAN)) {
      reader.problem(where + ".combine is '" + combine + "'; the engine knows only " + MEAN);
    }
    int total = reader.wholeNumber(section, where, "total_points", 1);
    int sum = categories.stream().mapToInt(Category::max).sum();
    if (!categories.isEmpty() && sum != total) {
      reader.problem(
          where + ".total_points is " + total + " but the categories' max add up to " + sum);
    }
    ScorecardRules rules =
        new ScorecardRules(
            rulebook.id(), categories, cap, honours, perItem, types, requirements, combine);
    checkFieldsDistinct(reader, rules);
    reader.finish();
    return rules;
  }

  private static List<Category> categories(SectionReader reader, Map<String, Object> section) {
    return reader.list(
        section,
        "scorecard",
        "categories",
        (node, at) ->
            new Category(
                reader.text(node, at, "name"),
                reader.wholeNumber(node, at, "max", 1),
                reader.text(node, at, "field")));
  }

  private static List<Honour> honours(SectionReader reader, Map<String, Object> bonus) {
    return reader.list(
        bonus,
        "scorecard.bonus",
        "honours",
        (node, at) ->
            new Honour(
                reader.text(node, at, "level"),
                reader.wholeNumber(node, at, "points", 1),
                reader.text(node, at, "field")));
  }

  private static List<DeductionType> deductionTypes(
      SectionReader reader, Map<String, Object> deductions) {
    return reader.list(
        deductions,
        "scorecard.deductions",
        "types",
        (node, at) ->
            new DeductionType(reader.text(node, at, "name"), reader.text(node, at, "field")));
  }

  private static Requirements requirements(SectionReader reader, Map<String, Object> section) {
    if (!section.containsKey("requirements")) {
      return new Requirements(List.of(), List.of(), List.of());
    }
    String where = "scorecard.requirements";
    Map<String, Object> node = reader.map(section, "scorecard", "requirements");
    List<Requirement> items =
        reader.list(
            node,
            where,
            "items",
            (n, at) ->
                new Requirement(
                    reader.text(n, at, "name"),
                    reader.text(n, at, "group"),
                    reader.text(n, at, "clause"),
                    reader.text(n, at, "field")));
    List<String> yes = reader.texts(node, where, "yes");
    List<String> no = reader.texts(node, where, "no");
    yes.stream()
        .filter(y -> no.stream().anyMatch(n -> Names.normalize(n).equals(Names.normalize(y))))
        .forEach(y -> reader.problem(where + ": '" + y + "' is listed under both yes and no"));
    return new Requirements(items, yes, no);
  }

  private static void checkFieldsDistinct(SectionReader reader, ScorecardRules rules) {
    Set<String> seen = new HashSet<>();
    for (String field : rules.fields()) {
      if (!field.isEmpty() && !seen.add(field)) {
        reader.problem(
            "scorecard: the field '"
                + field
                + "' is used twice (categories, honours, deduction types and requirements each read their own field)");
      }
    }
  }
}
