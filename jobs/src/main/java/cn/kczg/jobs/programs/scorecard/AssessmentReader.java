package cn.kczg.jobs.programs.scorecard;

import cn.kczg.jobs.programs.table.CellValues;
import cn.kczg.jobs.programs.table.Column;
import cn.kczg.jobs.programs.table.InputRow;
import cn.kczg.jobs.programs.table.InputTable;
import cn.kczg.jobs.programs.table.RowProblem;
import cn.kczg.schemas.text.Names;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the assessment sheet: one row per (association, assessor) with a score per category, the
 * honour counts and the deduction count. A row is refused, with its file, line, column and reason,
 * when a name is blank, a score is blank, not a number, negative or above its category's maximum, a
 * count is not a whole number, or the same assessor scored the same association on an earlier line.
 */
public final class AssessmentReader {
  /** Accepted file names of the sheet. */
  public static final List<String> FILES = List.of("考核*", "评分*", "scorecard*", "assessment*");

  /** The association's name. */
  public static final Column ASSOCIATION = Column.of("科协名称", "单位名称", "association");

  /** The assessor's name. */
  public static final Column ASSESSOR = Column.of("评分人", "评审人", "assessor");

  private final ScorecardRules rules;

  public AssessmentReader(ScorecardRules rules) {
    this.rules = java.util.Objects.requireNonNull(rules, "rules is null");
  }

  /**
   * The sheet's rows and refusals.
   *
   * @param accepted the rows that can be used
   * @param problems one entry per refused cell or row
   * @param refused normalized association name to the first line refused for it
   */
  public record Result(
      List<Assessment> accepted, List<RowProblem> problems, Map<String, Long> refused) {}

  /** The columns a sheet must have. */
  public List<Column> requiredColumns() {
    List<Column> out = new ArrayList<>(List.of(ASSOCIATION, ASSESSOR));
    rules.categories().forEach(c -> out.add(Column.of(c.name())));
    rules.honours().forEach(h -> out.add(Column.of(h.column())));
    out.add(Column.of(rules.deductionColumn()));
    return out;
  }

  /** Reads every row of {@code table}. */
  public Result read(InputTable table) {
    List<Assessment> accepted = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    Map<String, Long> refused = new LinkedHashMap<>();
    for (InputRow row : table.rows()) {
      int before = problems.size();
      Assessment a = assessment(row, problems);
      if (a == null || problems.size() > before) {
        refused.putIfAbsent(Names.normalize(row.text(ASSOCIATION)), row.line());
        continue;
      }
      String key = Names.normalize(a.association()) + "\u0000" + Names.normalize(a.assessor());
      Long earlier = seen.putIfAbsent(key, row.line());
      if (earlier != null) {
        problems.add(
            RowProblem.of(
                row,
                ASSESSOR.name(),
                a.assessor()
                    + " already scored "
                    + a.association()
                    + " on line "
                    + earlier
                    + "; keep one row per assessor and association"));
        refused.putIfAbsent(Names.normalize(a.association()), row.line());
      } else {
        accepted.add(a);
      }
    }
    return new Result(accepted, problems, refused);
  }

  private Assessment assessment(InputRow row, List<RowProblem> problems) {
    String association = required(row, ASSOCIATION, problems);
    String assessor = required(row, ASSESSOR, problems);
    List<BigDecimal> scores = new ArrayList<>();
    for (ScorecardRules.Category category : rules.categories()) {
      scores.add(score(row, category, problems));
    }
    Map<String, Integer> honours = new LinkedHashMap<>();
    for (ScorecardRules.Honour honour : rules.honours()) {
      count(row, honour.column(), problems).ifPresent(n -> honours.put(honour.level(), n));
    }
    Integer deductions = count(row, rules.deductionColumn(), problems).orElse(null);
    return association.isEmpty() || assessor.isEmpty()
        ? null
        : new Assessment(
            row.file(), row.line(), association, assessor, scores, honours, deductions);
  }

  private static String required(InputRow row, Column column, List<RowProblem> problems) {
    String text = row.text(column);
    if (text.isEmpty()) {
      problems.add(RowProblem.of(row, column.name(), "is empty; every row needs it"));
    }
    return text;
  }

  private static BigDecimal score(
      InputRow row, ScorecardRules.Category category, List<RowProblem> problems) {
    String text = row.text(Column.of(category.name()));
    Optional<BigDecimal> score = CellValues.decimal(text);
    String range = "a score from 0 to the maximum " + category.max() + " of " + category.name();
    if (score.isEmpty()) {
      problems.add(
          RowProblem.of(
              row,
              category.name(),
              (text.isEmpty() ? "is empty" : "'" + text + "' is not a number")
                  + "; give "
                  + range
                  + " (0 when nothing was done)"));
      return BigDecimal.ZERO;
    }
    if (score.get().signum() < 0 || score.get().compareTo(BigDecimal.valueOf(category.max())) > 0) {
      problems.add(
          RowProblem.of(
              row,
              category.name(),
              score.get().toPlainString()
                  + " is outside 0.."
                  + category.max()
                  + "; give "
                  + range));
    }
    return score.get();
  }

  private static Optional<Integer> count(InputRow row, String column, List<RowProblem> problems) {
    String text = row.text(Column.of(column));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> n = CellValues.count(text);
    if (n.isEmpty()) {
      problems.add(RowProblem.of(row, column, "'" + text + "' is not a whole number >= 0"));
    }
    return n;
  }
}
