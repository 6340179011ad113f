package cn.kczg.jobs.programs.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One accepted row of the assessment sheet: one assessor's scores for one association, and the
 * facts about the association the row states (a blank cell states nothing).
 *
 * @param file the sheet, as shown to people
 * @param line the row's line in the sheet
 * @param association the association's name as written
 * @param assessor the assessor's name as written
 * @param scores the category scores, in the rulebook's category order
 * @param honours honour level to its count; a level whose cell was blank is absent
 * @param deductions deduction type to its count of items; a type whose cell was blank is absent
 * @param requirements requirement to yes (true) or no (false); a blank one is absent
 */
public record Assessment(
    String file,
    long line,
    String association,
    String assessor,
    List<BigDecimal> scores,
    Map<String, Integer> honours,
    Map<String, Integer> deductions,
    Map<String, Boolean> requirements) {

  public Assessment {
    scores = List.copyOf(scores);
    honours = Map.copyOf(honours);
    deductions = Map.copyOf(deductions);
    requirements = Map.copyOf(requirements);
  }

  /** The sum of this assessor's category scores. */
  public BigDecimal sum() {
    return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
