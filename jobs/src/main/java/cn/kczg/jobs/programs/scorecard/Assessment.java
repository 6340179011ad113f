package cn.kczg.jobs.programs.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One accepted row of the assessment sheet: one assessor's scores for one association.
 *
 * @param file the sheet, as shown to people
 * @param line the row's line in the sheet
 * @param association the association's name as written
 * @param assessor the assessor's name as written
 * @param scores the category scores, in the rulebook's category order
 * @param honours honour level to count; a level whose cell was blank is absent
 * @param deductions the number of deduction items, or null when the cell was blank
 */
public record Assessment(
    String file,
    long line,
    String association,
    String assessor,
    List<BigDecimal> scores,
    Map<String, Integer> honours,
    Integer deductions) {

  public Assessment {
    scores = List.copyOf(scores);
    honours = Map.copyOf(honours);
  }

  /** The sum of this assessor's category scores. */
  public BigDecimal sum() {
    return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
