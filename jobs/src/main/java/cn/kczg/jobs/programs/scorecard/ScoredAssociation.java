package cn.kczg.jobs.programs.scorecard;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One association's place on the scorecard.
 *
 * @param rank 1 for the highest total; no shared ranks (see the package documentation)
 * @param association the name as first written in the sheet
 * @param assessors how many assessors scored it
 * @param categoryMeans each category's mean score, rounded to 2 decimals, in rulebook order
 * @param base the mean of the assessors' category sums, rounded to 2 decimals
 * @param bonusEarned honour points before the cap
 * @param bonus honour points after the cap
 * @param deductionsByType deduction type to its number of items, in rulebook order
 * @param deduction the points deducted
 * @param total base + bonus − deduction
 * @param requirements requirement to its standing, in rulebook order
 */
public record ScoredAssociation(
    int rank,
    String association,
    int assessors,
    List<BigDecimal> categoryMeans,
    BigDecimal base,
    int bonusEarned,
    int bonus,
    Map<String, Integer> deductionsByType,
    int deduction,
    BigDecimal total,
    Map<String, Standing> requirements) {

  /** Where an association stands on one requirement. */
  public enum Standing {
    MET("符合"),
    NOT_MET("不符合"),
    NOT_STATED("未填报"),
    CONFLICTING("填报不一致");

    private final String label;

    Standing(String label) {
      this.label = label;
    }

    /** The Chinese label shown in outputs. */
    public String label() {
      return label;
    }
  }

  public ScoredAssociation {
    categoryMeans = List.copyOf(categoryMeans);
    deductionsByType = Collections.unmodifiableMap(new LinkedHashMap<>(deductionsByType));
    requirements = Collections.unmodifiableMap(new LinkedHashMap<>(requirements));
  }

  /** The number of deduction items of every type. */
  public int deductionItems() {
    return deductionsByType.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The requirements it does not meet or has not stated, in rulebook order. */
  public List<String> openRequirements() {
    return requirements.entrySet().stream()
        .filter(e -> e.getValue() != Standing.MET)
        .map(e -> e.getKey() + "（" + e.getValue().label() + "）")
        .toList();
  }

  /** The same entry at another rank. */
  ScoredAssociation withRank(int newRank) {
    return new ScoredAssociation(
        newRank,
        association,
        assessors,
        categoryMeans,
        base,
        bonusEarned,
        bonus,
        deductionsByType,
        deduction,
        total,
        requirements);
  }
}
