package cn.kczg.jobs.programs.scorecard;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.programs.RowProblem;
import cn.kczg.jobs.programs.scorecard.ScoredAssociation.Standing;
import cn.kczg.schemas.text.Names;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns accepted assessment rows into the ranked scorecard; the arithmetic and tie-breaks are
 * described in the package documentation. Pure: no files, no clock.
 *
 * <p>Example (the rulebook of 岳市科协〔2023〕16号): assessors A and B give 8 and 9 for 开展学术交流 (mean 8.5);
 * with category sums 80 and 85 the base is 82.5; one national and one provincial honour earn 13
 * bonus points, capped at 10; one 未按时报送 and one 未完成交办 item lose 10; total 82.5.
 */
public final class ScorecardEngine {
  private final ScorecardRules rules;

  public ScorecardEngine(ScorecardRules rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** The ranking, and the associations left out (or with conflicting facts) with the reason. */
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
            scoreOne(rows, sheet.labels(), problems).ifPresent(scored::add);
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

  private Optional<ScoredAssociation> scoreOne(
      List<Assessment> rows, Map<String, String> labels, List<RowProblem> problems) {
    List<String> conflicts = new ArrayList<>();
    int bonusEarned = 0;
    for (ScorecardRules.Honour honour : rules.honours()) {
      Fact<Integer> n =
          fact(rows, labels.get(honour.field()), a -> a.honours().get(honour.level()));
      n.conflict().ifPresent(conflicts::add);
      bonusEarned += honour.points() * n.or(0);
    }
    Map<String, Integer> deductions = new LinkedHashMap<>();
    for (ScorecardRules.DeductionType type : rules.deductionTypes()) {
      Fact<Integer> n = fact(rows, type.name(), a -> a.deductions().get(type.name()));
      n.conflict().ifPresent(conflicts::add);
      deductions.put(type.name(), n.or(0));
    }
    Map<String, Standing> requirements = requirements(rows, problems);
    if (!conflicts.isEmpty()) {
      conflicts.forEach(c -> problems.add(notRanked(rows.get(0), c)));
      return Optional.empty();
    }
    BigDecimal n = BigDecimal.valueOf(rows.size());
    BigDecimal base =
        rows.stream()
            .map(Assessment::sum)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(n, 2, RoundingMode.HALF_UP);
    int bonus = Math.min(bonusEarned, rules.bonusCap());
    int items = deductions.values().stream().mapToInt(Integer::intValue).sum();
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
            deductions,
            deduction,
            total,
            requirements));
  }

  /** Requirements are facts too; a conflict is listed but does not keep the score back. */
  private Map<String, Standing> requirements(List<Assessment> rows, List<RowProblem> problems) {
    Map<String, Standing> out = new LinkedHashMap<>();
    for (ScorecardRules.Requirement r : rules.requirements().items()) {
      Fact<Boolean> met = fact(rows, r.name(), a -> a.requirements().get(r.name()));
      met.conflict()
          .ifPresent(
              c ->
                  problems.add(
                      new RowProblem(
                          rows.get(0).file(),
                          0,
                          "",
                          rows.get(0).association() + ": " + c + " (shown as 填报不一致)")));
      out.put(
          r.name(),
          met.conflict().isPresent()
              ? Standing.CONFLICTING
              : met.value() == null
                  ? Standing.NOT_STATED
                  : met.value() ? Standing.MET : Standing.NOT_MET);
    }
    return out;
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

  /** The value the rows agree on (null when none states one), or what they disagree about. */
  private record Fact<T>(T value, Optional<String> conflict) {
    T or(T fallback) {
      return value == null ? fallback : value;
    }
  }

  /** A fact about the association: blank cells say nothing, given ones must agree. */
  private static <T> Fact<T> fact(
      List<Assessment> rows, String what, Function<Assessment, T> value) {
    Set<T> given = new LinkedHashSet<>();
    List<String> where = new ArrayList<>();
    for (Assessment a : rows) {
      T v = value.apply(a);
      if (v != null) {
        given.add(v);
        where.add(v + " on line " + a.line());
      }
    }
    if (given.size() > 1) {
      return new Fact<>(
          null,
          Optional.of(
              what
                  + " differs between assessors ("
                  + String.join(", ", where)
                  + "); it is a fact about the association, so every row must give the same value or leave it blank"));
    }
    return new Fact<>(given.isEmpty() ? null : given.iterator().next(), Optional.empty());
  }

  private static RowProblem notRanked(Assessment first, String reason) {
    return new RowProblem(first.file(), 0, "", first.association() + " is not ranked: " + reason);
  }
}
