package cn.kczg.jobs.programs.scorecard;

import cn.kczg.jobs.programs.InputSpec;
import cn.kczg.jobs.programs.ProgramInputs;
import cn.kczg.jobs.programs.ProgramOutputs;
import cn.kczg.jobs.programs.ProgramTables;
import cn.kczg.jobs.programs.ProgramType;
import cn.kczg.jobs.programs.RowProblem;
import cn.kczg.jobs.programs.TableOutputs;
import cn.kczg.reports.tables.TableReport;
import cn.kczg.schemas.program.Rulebook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code scorecard} program type. Input {@code assessments}: one sheet, one row per
 * (association, assessor). Outputs: {@code scorecard.xlsx} (排名, 扣分明细, 四化, 评分明细, 说明, 问题), {@code
 * scorecard.csv} (the ranking), {@code deductions.csv}, {@code requirements.csv} and {@code
 * problems.csv}. The as-of date is not used: the sheet is the assessment.
 */
public final class ScorecardType implements ProgramType<ScorecardRules, ScorecardType.Results> {
  /** The name of the input, as the rulebook's {@code inputs:} names it. */
  public static final String INPUT = "assessments";

  /**
   * What a run computed.
   *
   * @param sheet the assessment rows read
   * @param card the ranking
   * @param problems every problem, in the order found
   */
  public record Results(
      AssessmentReader.Result sheet, ScorecardEngine.Scorecard card, List<RowProblem> problems) {}

  @Override
  public String type() {
    return "scorecard";
  }

  @Override
  public String description() {
    return "points table averaged over assessors, capped bonus, itemized deductions, 四化 tracked";
  }

  @Override
  public ScorecardRules rules(Rulebook rulebook) {
    return ScorecardRules.from(rulebook);
  }

  @Override
  public List<InputSpec> inputs(ScorecardRules rules) {
    return List.of(InputSpec.one(INPUT, rules.fields()));
  }

  @Override
  public Results compute(ScorecardRules rules, ProgramInputs inputs, LocalDate asOf) {
    AssessmentReader.Result sheet = new AssessmentReader(rules).read(inputs.rows(INPUT));
    ScorecardEngine.Scorecard card = new ScorecardEngine(rules).score(sheet);
    List<RowProblem> problems = new ArrayList<>(sheet.problems());
    problems.addAll(card.problems());
    return new Results(sheet, card, problems);
  }

  @Override
  public ProgramOutputs outputs(
      Rulebook rulebook, ScorecardRules rules, Results r, LocalDate asOf) {
    TableReport report =
        new TableReport(
            rulebook.title(),
            asOf,
            "scorecard.xlsx",
            List.of(
                ScorecardTables.ranking(rules, r),
                ScorecardTables.deductions(rules, r),
                ScorecardTables.requirements(rules, r),
                ScorecardTables.details(rules, r),
                ProgramTables.notes(notes(rules)),
                ProgramTables.problems(r.problems())),
            List.of());
    return new TableOutputs(report, summary(r), mail(r), r.problems().size());
  }

  /** The engine's assumption, stated in every output. */
  static List<String> notes(ScorecardRules rules) {
    return List.of(
        "基础分为各评分人分类得分之和的平均值（scorecard.combine: "
            + rules.combine()
            + "）。附件2未规定多名评分人的分数如何合并，取平均值是本引擎的假定，不是通知的规定。",
        "加分按荣誉级别计分，合计最多 "
            + rules.bonusCap()
            + " 分；扣分按扣分类型逐项列出，每项扣 "
            + rules.pointsPerDeduction()
            + " 分（附件2 序号8、9）。",
        "“四化”要求（二、工作要求）逐项列出，不计入得分。");
  }

  private static List<String> summary(Results r) {
    List<String> lines = new ArrayList<>();
    lines.add(
        r.card().ranked().size()
            + " associations ranked from "
            + r.sheet().accepted().size()
            + " assessment rows");
    r.card().ranked().stream()
        .findFirst()
        .ifPresent(
            top ->
                lines.add("first: " + top.association() + " with " + top.total().toPlainString()));
    lines.add("base score = mean over the assessors (the engine's assumption; 附件2 does not say)");
    lines.add(ProgramTables.problemLine(r.problems().size()));
    return lines;
  }

  private static List<String> mail(Results r) {
    List<String> lines = new ArrayList<>();
    lines.add("已排名 " + r.card().ranked().size() + " 个科协（基础分取评分人平均值，为本引擎的假定）");
    r.card().ranked().stream()
        .findFirst()
        .ifPresent(t -> lines.add("第一名：" + t.association() + "，总分 " + t.total().toPlainString()));
    long open = r.card().ranked().stream().filter(s -> !s.openRequirements().isEmpty()).count();
    lines.add("“四化”要求未全部符合或未填报：" + open + " 个");
    lines.add("问题 " + r.problems().size() + " 条（见 problems.csv）");
    return lines;
  }
}
