package cn.kczg.jobs.programs.rankinglists;

import cn.kczg.jobs.programs.InputRows;
import cn.kczg.jobs.programs.InputSpec;
import cn.kczg.jobs.programs.ProgramInputs;
import cn.kczg.jobs.programs.ProgramOutputs;
import cn.kczg.jobs.programs.ProgramTables;
import cn.kczg.jobs.programs.ProgramType;
import cn.kczg.jobs.programs.RowProblem;
import cn.kczg.jobs.programs.TableOutputs;
import cn.kczg.reports.tables.ResultTable;
import cn.kczg.reports.tables.TableReport;
import cn.kczg.schemas.program.Rulebook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ranking-nominations} program type. Inputs: {@code nominations} and, optionally, {@code
 * past_winners}. Outputs: {@code ranking-lists.xlsx} (one sheet per list, 推荐汇总, 初评机构, 截止时间, 违规, 说明,
 * 问题), {@code recommendations.csv}, {@code routing.csv}, {@code deadlines.csv}, {@code
 * violations.csv}, {@code problems.csv}, and per clean nomination the annex the rulebook lays out
 * ({@code forms/}).
 */
public final class RankingListsType implements ProgramType<RankingRules, RankingListsType.Results> {
  static final String NOMINATIONS = "nominations";
  static final String WINNERS = "past_winners";

  /**
   * What a run computed.
   *
   * @param file the nominations read
   * @param read the accepted nominations
   * @param winners the past winners read (none without the list)
   * @param outcome the clean nominations and violations
   * @param problems every problem, in the order found
   */
  public record Results(
      InputRows file,
      NominationReader.Result read,
      List<NominationReader.PastWinner> winners,
      NominationEngine.Outcome outcome,
      List<RowProblem> problems) {}

  @Override
  public String type() {
    return "ranking-nominations";
  }

  @Override
  public String description() {
    return "nominations checked against quotas, pioneers, past winners and deadlines; routed to reviewers";
  }

  @Override
  public RankingRules rules(Rulebook rulebook) {
    return RankingRules.from(rulebook);
  }

  @Override
  public List<InputSpec> inputs(RankingRules rules) {
    return List.of(
        InputSpec.one(NOMINATIONS, NominationReader.FIELDS).alsoUsing(RankingForms.OPTIONAL_FIELDS),
        InputSpec.optional(WINNERS, NominationReader.WINNER_FIELDS));
  }

  @Override
  public Results compute(RankingRules rules, ProgramInputs inputs, LocalDate asOf) {
    InputRows file = inputs.rows(NOMINATIONS);
    NominationReader.Result read = new NominationReader(rules).read(file);
    List<NominationReader.PastWinner> winners = NominationReader.pastWinners(inputs.rows(WINNERS));
    NominationEngine.Outcome outcome =
        new NominationEngine(rules).check(read.nominations(), winners, file.label("channels"));
    List<RowProblem> problems = new ArrayList<>(read.problems());
    problems.addAll(inputs.rows(WINNERS).problems());
    problems.addAll(outcome.problems());
    return new Results(file, read, winners, outcome, problems);
  }

  @Override
  public ProgramOutputs outputs(Rulebook rulebook, RankingRules rules, Results r, LocalDate asOf) {
    List<ResultTable> sheets = new ArrayList<>();
    rules
        .lists()
        .forEach(
            l -> sheets.add(RankingTables.cleanOf(rules, r.file(), l.name(), r.outcome().clean())));
    sheets.add(RankingTables.clean(rules, r.file(), r.outcome().clean()));
    sheets.add(RankingTables.routing(rules, r.outcome().clean()));
    sheets.add(RankingTables.deadlines(rules, asOf));
    sheets.add(RankingTables.violations(r.file(), r.outcome().violations()));
    sheets.add(ProgramTables.notes(notes(rules)));
    sheets.add(ProgramTables.problems(r.problems()));
    TableReport report =
        new TableReport(
            rulebook.title(),
            asOf,
            "ranking-lists.xlsx",
            sheets,
            RankingForms.of(rules, r.outcome().clean()));
    return new TableOutputs(
        report, summary(rules, r, asOf), mail(rules, r, asOf), r.problems().size());
  }

  private static List<String> notes(RankingRules rules) {
    List<String> notes = new ArrayList<>();
    notes.add("名额：每个推荐渠道按榜单名额计，同时属于多个渠道的可叠加（二（二）1）；按序号先后保留，超出者列为超出名额。");
    notes.add("入选历年榜单的项目不再推荐（二（二）3），按候选名称比对历年入选名单。");
    if (rules.pioneer() != null) {
      notes.add(
          "先锋人物推荐名额（二（一）2、二（二）2）须经历年入选名单核实："
              + rules.pioneer().year()
              + "年入选"
              + rules.pioneer().list()
              + "者方可推荐 "
              + rules.pioneer().quota()
              + " 人。");
    }
    rules
        .submissionDeadline()
        .ifPresent(
            d ->
                notes.add(
                    "提交时间晚于"
                        + d.name()
                        + "（"
                        + RankingTables.time(d.at())
                        + "，"
                        + d.clause()
                        + "）者逾期，不予报送。"));
    notes.add("截止时间的剩余时间自统计日零时起算。");
    return notes;
  }

  private static List<String> summary(RankingRules rules, Results r, LocalDate asOf) {
    List<String> lines = new ArrayList<>();
    lines.add(
        r.outcome().clean().size()
            + " of "
            + r.read().nominations().size()
            + " nominations clean; "
            + r.outcome().violations().size()
            + " violation(s) listed in violations.csv");
    lines.add(
        !r.winners().isEmpty()
            ? r.winners().size() + " past winners read"
            : "no past-winners list in the input folder: no past winner was excluded, no pioneer verified");
    lines.addAll(RankingTables.deadlineLines(rules, asOf));
    lines.add(ProgramTables.problemLine(r.problems().size()));
    return lines;
  }

  private static List<String> mail(RankingRules rules, Results r, LocalDate asOf) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "推荐 "
            + r.read().nominations().size()
            + " 项，合规 "
            + r.outcome().clean().size()
            + " 项，违规 "
            + r.outcome().violations().size()
            + " 条");
    lines.addAll(RankingTables.deadlineLines(rules, asOf));
    lines.add("问题 " + r.problems().size() + " 条（见 problems.csv）");
    return lines;
  }
}
