package cn.kczg.jobs.programs.scorecard;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.programs.table.RowProblem;
import cn.kczg.schemas.text.Names;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns accepted assessment rows into the ranked scorecard; the arithmetic and tie-breaks are
 * described in the package documentation. Pure: no files, no clock.
 *
 * <p>Example (the rulebook of 岳市科协〔2023〕16号): assessors A and B give 8 and 9 for 开展学术交流 (mean 8.5);
 * with category sums 80 and 85 the base is 82.5; one national and one provincial honour earn 13
 * bonus points, capped at 10; two deduction items lose 10; total 82.5.
 */
public final class ScorecardEngine {
  private final ScorecardRules rules;

  public ScorecardEngine(ScorecardRules rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** The ranking, and the associations left out with the reason. */
  public record Scorecard(List<ScoredAssociation> ranked, List<RowProblem> problems) {}

  /** Scores and ranks the associations of {@code sheet}. */
  public Scorecard score(AssessmentReader.Result sheet) {
    Map<String, List<Assessment>> byAssociation = new LinkedHashMap<>();
    sheet
        .accepted()
        .forEach(
            a ->
                byAssociation
                    .computeIfAbsent(Names.normalize(a.association()), k -> new ArrayList<>())
                    .add(a));
    List<ScoredAssociation> scored = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    byAssociation.forEach(
        (key, rows) -> {
          Long refusedLine = sheet.refused().get(key);
          if (refusedLine != null) {
            problems.add(
                notRanked(
                    rows.get(0),
                    "line "
                        + refusedLine
                        + " was refused; correct it so every assessor's scores are averaged"));
          } else {
            scoreOne(rows, problems).ifPresent(scored::add);
          }
        });
    scored.sort(ORDER);
    List<ScoredAssociation> ranked = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      ranked.add(scored.get(i).withRank(i + 1));
    }
    return new Scorecard(ranked, problems);
  }

  private static final Comparator<ScoredAssociation> ORDER =
      Comparator.comparing(ScoredAssociation::total)
          .reversed()
          .thenComparing(Comparator.comparing(ScoredAssociation::base).reversed())
          .thenComparing(s -> Names.normalize(s.association()));

  private Optional<ScoredAssociation> scoreOne(List<Assessment> rows, List<RowProblem> problems) {
    int before = problems.size();
    int bonusEarned = 0;
    for (ScorecardRules.Honour honour : rules.honours()) {
      bonusEarned +=
          honour.points()
              * fact(rows, honour.column(), a -> a.honours().get(honour.level()), problems);
    }
    int items = fact(rows, rules.deductionColumn(), Assessment::deductions, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    BigDecimal n = BigDecimal.valueOf(rows.size());
    BigDecimal base =
        rows.stream()
            .map(Assessment::sum)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(n, 2, RoundingMode.HALF_UP);
    int bonus = Math.min(bonusEarned, rules.bonusCap());
    int deduction = items * rules.pointsPerDeduction();
    BigDecimal total = base.add(BigDecimal.valueOf(bonus)).subtract(BigDecimal.valueOf(deduction));
    return Optional.of(
        new ScoredAssociation(
            0,
            rows.get(0).association(),
            rows.size(),
            means(rows, n),
            base,
            bonusEarned,
            bonus,
            items,
            deduction,
            total));
  }

  private List<BigDecimal> means(List<Assessment> rows, BigDecimal n) {
    List<BigDecimal> out = new ArrayList<>();
    for (int c = 0; c < rules.categories().size(); c++) {
      int category = c;
      BigDecimal sum =
          rows.stream().map(a -> a.scores().get(category)).reduce(BigDecimal.ZERO, BigDecimal::add);
      out.add(sum.divide(n, 2, RoundingMode.HALF_UP));
    }
    return out;
  }

  /**
   * A count that is a fact about the association: blank cells say nothing, given ones must agree.
   */
  private static int fact(
      List<Assessment> rows,
      String column,
      Function<Assessment, Integer> value,
      List<RowProblem> problems) {
    TreeSet<Integer> given = new TreeSet<>();
    List<String> where = new ArrayList<>();
    for (Assessment a : rows) {
      Integer v = value.apply(a);
      if (v != null) {
        given.add(v);
        where.add(v + " on line " + a.line());
      }
    }
    if (given.size() > 1) {
      problems.add(
          notRanked(
              rows.get(0),
              column
                  + " differs between assessors ("
                  + String.join(", ", where)
                  + "); it is a fact about the association, so every row must give the same count or leave it blank"));
      return 0;
    }
    return given.isEmpty() ? 0 : given.first();
  }

  private static RowProblem notRanked(Assessment first, String reason) {
    return new RowProblem(first.file(), 0, "", first.association() + " is not ranked: " + reason);
  }
}
