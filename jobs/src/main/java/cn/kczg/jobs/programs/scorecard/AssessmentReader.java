package cn.kczg.jobs.programs.scorecard;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.programs.InputRow;
import cn.kczg.jobs.programs.InputRows;
import cn.kczg.jobs.programs.RowProblem;
import cn.kczg.schemas.text.Names;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the assessment sheet's rows (typed by its source definition) into {@link Assessment}s. A
 * row is refused, with its file, line, column and reason, when a score is missing, negative or
 * above its category's maximum, a requirement's cell is neither a yes nor a no, or the same
 * assessor scored the same association on an earlier line. Rows the parser refused (a score that is
 * not a number, a blank name) refuse their association too.
 */
public final class AssessmentReader {
  /** The field holding the association's name. */
  public static final String ASSOCIATION = "association";

  /** The field holding the assessor's name. */
  public static final String ASSESSOR = "assessor";

  private final ScorecardRules rules;

  public AssessmentReader(ScorecardRules rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  /**
   * The sheet's rows and refusals.
   *
   * @param accepted the rows that can be used
   * @param problems one entry per refused cell or row
   * @param refused normalized association name to the first line refused for it
   * @param labels each field's column name, for headings and messages
   */
  public record Result(
      List<Assessment> accepted,
      List<RowProblem> problems,
      Map<String, Long> refused,
      Map<String, String> labels) {}

  /** Reads every row of the sheet. */
  public Result read(InputRows sheet) {
    List<Assessment> accepted = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>(sheet.problems());
    Map<String, Long> seen = new HashMap<>();
    Map<String, Long> refused = new LinkedHashMap<>();
    for (InputRows.Rejected r : sheet.rejected()) {
      String association = Names.normalize(r.texts().text(ASSOCIATION));
      if (!association.isEmpty()) {
        refused.putIfAbsent(association, r.problem().line());
      }
    }
    for (InputRow row : sheet.rows()) {
      int before = problems.size();
      Assessment a = assessment(sheet, row, problems);
      if (problems.size() > before) {
        refused.putIfAbsent(Names.normalize(a.association()), row.line());
        continue;
      }
      String key = Names.normalize(a.association()) + "\u0000" + Names.normalize(a.assessor());
      Long earlier = seen.putIfAbsent(key, row.line());
      if (earlier != null) {
        problems.add(
            RowProblem.of(
                row,
                sheet.label(ASSESSOR),
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
    Map<String, String> labels = new LinkedHashMap<>();
    rules.fields().forEach(f -> labels.put(f, sheet.label(f)));
    return new Result(accepted, problems, refused, labels);
  }

  private Assessment assessment(InputRows sheet, InputRow row, List<RowProblem> problems) {
    List<BigDecimal> scores = new ArrayList<>();
    for (ScorecardRules.Category category : rules.categories()) {
      scores.add(score(sheet, row, category, problems));
    }
    Map<String, Integer> honours = new LinkedHashMap<>();
    rules.honours().stream()
        .filter(h -> row.has(h.field()))
        .forEach(h -> honours.put(h.level(), row.count(h.field())));
    Map<String, Integer> deductions = new LinkedHashMap<>();
    rules.deductionTypes().stream()
        .filter(d -> row.has(d.field()))
        .forEach(d -> deductions.put(d.name(), row.count(d.field())));
    Map<String, Boolean> requirements = new LinkedHashMap<>();
    for (ScorecardRules.Requirement r : rules.requirements().items()) {
      String text = row.text(r.field());
      Boolean answer = text.isEmpty() ? null : rules.requirements().answer(text);
      if (answer != null) {
        requirements.put(r.name(), answer);
      } else if (!text.isEmpty()) {
        problems.add(
            RowProblem.of(
                row,
                sheet.label(r.field()),
                "'"
                    + text
                    + "' is neither yes ("
                    + String.join("/", rules.requirements().yes())
                    + ") nor no ("
                    + String.join("/", rules.requirements().no())
                    + ")"));
      }
    }
    return new Assessment(
        row.file(),
        row.line(),
        row.text(ASSOCIATION),
        row.text(ASSESSOR),
        scores,
        honours,
        deductions,
        requirements);
  }

  private static BigDecimal score(
      InputRows sheet, InputRow row, ScorecardRules.Category category, List<RowProblem> problems) {
    BigDecimal score = row.decimal(category.field());
    String column = sheet.label(category.field());
    String range = "a score from 0 to the maximum " + category.max() + " of " + column;
    if (score == null) {
      problems.add(
          RowProblem.of(row, column, "is empty; give " + range + " (0 when nothing was done)"));
      return BigDecimal.ZERO;
    }
    if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(category.max())) > 0) {
      problems.add(
          RowProblem.of(
              row,
              column,
              score.toPlainString() + " is outside 0.." + category.max() + "; give " + range));
    }
    return score;
  }
}
