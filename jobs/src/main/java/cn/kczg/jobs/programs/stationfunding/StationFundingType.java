package cn.kczg.jobs.programs.stationfunding;

import cn.kczg.jobs.programs.InputRows;
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
 * The {@code station-funding} program type. Inputs: {@code stations} (the station list) and,
 * optionally, {@code payments} (the record of funding already paid). Outputs: {@code funding.xlsx}
 * (资助名单 with a 合计 row, 全部服务站, 资助记录, 说明, 问题), {@code eligible.csv}, {@code stations.csv}, {@code
 * funding-record.csv}, {@code problems.csv}, and per eligible station the annexes the rulebook lays
 * out ({@code forms/}).
 */
public final class StationFundingType
    implements ProgramType<StationFundingRules, StationFundingType.Results> {
  static final String STATIONS = "stations";
  static final String PAYMENTS = "payments";

  /**
   * What a run computed.
   *
   * @param list the station list read
   * @param paid the record of payments read (no files when there is none)
   * @param payments the payments recorded before
   * @param decisions one decision per accepted station
   * @param problems every problem, in the order found
   */
  public record Results(
      InputRows list,
      InputRows paid,
      List<Payment> payments,
      List<FundingDecision> decisions,
      List<RowProblem> problems) {}

  @Override
  public String type() {
    return "station-funding";
  }

  @Override
  public String description() {
    return "one-time funding of new stations after the required years and a qualified assessment";
  }

  @Override
  public StationFundingRules rules(Rulebook rulebook) {
    return StationFundingRules.from(rulebook);
  }

  @Override
  public List<InputSpec> inputs(StationFundingRules rules) {
    return List.of(
        InputSpec.one(STATIONS, StationReader.FIELDS).alsoUsing(StationForms.OPTIONAL_FIELDS),
        InputSpec.optional(PAYMENTS, StationReader.PAYMENT_FIELDS));
  }

  @Override
  public Results compute(StationFundingRules rules, ProgramInputs inputs, LocalDate asOf) {
    InputRows list = inputs.rows(STATIONS);
    StationReader.Result read = new StationReader(rules).read(list);
    List<Payment> payments = StationReader.payments(inputs.rows(PAYMENTS));
    StationFundingEngine.Decisions decided =
        new StationFundingEngine(rules).decide(read.stations(), payments, asOf);
    List<RowProblem> problems = new ArrayList<>(read.problems());
    problems.addAll(inputs.rows(PAYMENTS).problems());
    problems.addAll(decided.problems());
    return new Results(list, inputs.rows(PAYMENTS), payments, decided.decisions(), problems);
  }

  @Override
  public ProgramOutputs outputs(
      Rulebook rulebook, StationFundingRules rules, Results r, LocalDate asOf) {
    TableReport report =
        new TableReport(
            rulebook.title(),
            asOf,
            "funding.xlsx",
            List.of(
                StationFundingTables.eligible(r.list(), r.paid(), r.decisions()),
                StationFundingTables.stations(r.list(), r.paid(), r.decisions()),
                StationFundingTables.record(r.list(), r.paid(), r.payments(), r.decisions()),
                ProgramTables.notes(notes(rules)),
                ProgramTables.problems(r.problems())),
            StationForms.of(rules, r.decisions()));
    return new TableOutputs(report, summary(r, asOf), mail(r), r.problems().size());
  }

  private static List<String> notes(StationFundingRules rules) {
    return List.of(
        "新建：建站时间不早于 "
            + rules.newSince()
            + "（本办法印发之日）；正常运转满 "
            + rules.operatingYears()
            + " 年：自建站之日起满周年之日（含当日）起可资助（第五条）。",
        "资助为一次性（第五条）：资助记录中已拨付的服务站不再资助；本次可资助的服务站列为“拟资助”。",
        "绩效评估不合格的建设单位，今后不得申请同类资助（第六条）：同一建站单位的其他服务站自不合格之日起不予资助。",
        "建站单位类型按第二条“原则上”核对：" + (rules.hostTypesStrict() ? "不符者不予资助。" : "不符者列入问题供审核，不影响资助。"));
  }

  private static List<String> summary(Results r, LocalDate asOf) {
    long count = r.decisions().stream().filter(d -> d.status() == Eligibility.ELIGIBLE).count();
    return List.of(
        count
            + " of "
            + r.decisions().size()
            + " stations eligible as of "
            + asOf
            + ", total "
            + StationFundingEngine.total(r.decisions()).toPlainString()
            + " CNY",
        ProgramTables.problemLine(r.problems().size()));
  }

  private static List<String> mail(Results r) {
    long count = r.decisions().stream().filter(d -> d.status() == Eligibility.ELIGIBLE).count();
    List<String> lines = new ArrayList<>();
    lines.add(
        "可资助 "
            + count
            + " 个（共 "
            + r.decisions().size()
            + " 个服务站），合计 "
            + StationFundingEngine.total(r.decisions()).toPlainString()
            + " 元");
    for (Eligibility e : Eligibility.values()) {
      long n = r.decisions().stream().filter(d -> d.status() == e).count();
      if (n > 0 && e != Eligibility.ELIGIBLE) {
        lines.add(e.label() + "：" + n + " 个");
      }
    }
    lines.add("问题 " + r.problems().size() + " 条（见 problems.csv）");
    return lines;
  }
}
