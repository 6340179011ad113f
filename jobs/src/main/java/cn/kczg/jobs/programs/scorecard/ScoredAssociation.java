package cn.kczg.jobs.programs.scorecard;

import java.math.BigDecimal;
import java.util.List;

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
 * @param deductionItems the number of deduction items
 * @param deduction the points deducted
 * @param total base + bonus − deduction
 */
public record ScoredAssociation(
    int rank,
    String association,
    int assessors,
    List<BigDecimal> categoryMeans,
    BigDecimal base,
    int bonusEarned,
    int bonus,
    int deductionItems,
    int deduction,
    BigDecimal total) {

  public ScoredAssociation {
    categoryMeans = List.copyOf(categoryMeans);
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
        deductionItems,
        deduction,
        total);
  }
}
