package cn.kczg.jobs.programs.scorecard;

import cn.kczg.jobs.programs.SectionReader;
import cn.kczg.schemas.program.Rulebook;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code scorecard} section of a rulebook: the categories with their maximum points, the honour
 * levels that earn bonus points, the bonus cap and the points lost per deduction item.
 *
 * @param program the rulebook id, for messages
 * @param categories the categories in the order of the scorecard
 * @param bonusCap the most bonus points an association can get in all
 * @param honours the honour levels, each with its points and input column
 * @param pointsPerDeduction points lost per deduction item
 * @param deductionColumn the input column holding the number of deduction items
 */
public record ScorecardRules(
    String program,
    List<Category> categories,
    int bonusCap,
    List<Honour> honours,
    int pointsPerDeduction,
    String deductionColumn) {

  /** A scored category, e.g. 组织技术攻关 with at most 20 points. */
  public record Category(String name, int max) {}

  /** An honour level, e.g. 国家级 worth 8 points, counted in the column 国家级荣誉. */
  public record Honour(String level, int points, String column) {}

  public ScorecardRules {
    categories = List.copyOf(categories);
    honours = List.copyOf(honours);
  }

  /** Reads and checks the section; a rulebook with mistakes is refused listing all of them. */
  public static ScorecardRules from(Rulebook rulebook) {
    SectionReader reader = SectionReader.of(rulebook);
    Map<String, Object> section = reader.section(rulebook, "scorecard");
    List<Category> categories = categories(reader, section);
    Map<String, Object> bonus = reader.map(section, "scorecard", "bonus");
    int cap = reader.wholeNumber(bonus, "scorecard.bonus", "cap", 0);
    List<Honour> honours = honours(reader, bonus);
    Map<String, Object> deductions = reader.map(section, "scorecard", "deductions");
    int perItem = reader.wholeNumber(deductions, "scorecard.deductions", "points_per_item", 0);
    String column = reader.text(deductions, "scorecard.deductions", "column");
    int total = reader.wholeNumber(section, "scorecard", "total_points", 1);
    int sum = categories.stream().mapToInt(Category::max).sum();
    if (!categories.isEmpty() && sum != total) {
      reader.problem(
          "scorecard.total_points is " + total + " but the categories' max add up to " + sum);
    }
    checkColumnsDistinct(reader, categories, honours, column);
    reader.finish();
    return new ScorecardRules(rulebook.id(), categories, cap, honours, perItem, column);
  }

  private static List<Category> categories(SectionReader reader, Map<String, Object> section) {
    List<Map<String, Object>> nodes = reader.maps(section, "scorecard", "categories");
    return java.util.stream.IntStream.range(0, nodes.size())
        .mapToObj(
            i -> {
              String where = "scorecard.categories[" + i + "]";
              return new Category(
                  reader.text(nodes.get(i), where, "name"),
                  reader.wholeNumber(nodes.get(i), where, "max", 1));
            })
        .toList();
  }

  private static List<Honour> honours(SectionReader reader, Map<String, Object> bonus) {
    List<Map<String, Object>> nodes = reader.maps(bonus, "scorecard.bonus", "honours");
    return java.util.stream.IntStream.range(0, nodes.size())
        .mapToObj(
            i -> {
              String where = "scorecard.bonus.honours[" + i + "]";
              Map<String, Object> node = nodes.get(i);
              return new Honour(
                  reader.text(node, where, "level"),
                  reader.wholeNumber(node, where, "points", 1),
                  reader.text(node, where, "column"));
            })
        .toList();
  }

  private static void checkColumnsDistinct(
      SectionReader reader,
      List<Category> categories,
      List<Honour> honours,
      String deductionColumn) {
    Set<String> seen = new HashSet<>();
    List<String> columns = new java.util.ArrayList<>();
    categories.forEach(c -> columns.add(c.name()));
    honours.forEach(h -> columns.add(h.column()));
    columns.add(deductionColumn);
    for (String column : columns) {
      if (!column.isEmpty() && !seen.add(column)) {
        reader.problem(
            "scorecard: the input column '"
                + column
                + "' is used twice (categories, honour columns and the deduction column must differ)");
      }
    }
  }
}
