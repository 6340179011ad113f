package cn.kczg.jobs.programs.stationtasks;

import cn.kczg.jobs.programs.InputRow;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code station-tasks} program type. Inputs: {@code stations} (the station list), one platform
 * export per item kind the indicators count (read from every drop folder up to the as-of day, or
 * from the input folder itself), and optionally {@code supported_projects} (projects supported in
 * earlier years). Outputs: {@code stations.xlsx} (进度, 预测, 申报核查, 说明, 问题), {@code stations.csv},
 * {@code forecast.csv}, {@code checks.csv} and {@code problems.csv}.
 */
public final class StationTasksType
    implements ProgramType<StationTasksRules, StationTasksType.Results> {
  static final String STATIONS = "stations";
  static final String SUPPORTED = "supported_projects";
  private static final List<String> ITEM_FIELDS =
      List.of("item_id", "org_name", "account", "item_date", "status");

  /**
   * What a run computed.
   *
   * @param list the station list read
   * @param progress each station's progress and forecast
   * @param checks each station's application checks
   * @param problems every problem, in the order found
   */
  public record Results(
      InputRows list,
      List<StationProgress> progress,
      List<ApplicationChecks.Check> checks,
      List<RowProblem> problems) {}

  @Override
  public String type() {
    return "station-tasks";
  }

  @Override
  public String description() {
    return "service stations' tasks counted from platform exports, forecast to the deadline";
  }

  @Override
  public StationTasksRules rules(Rulebook rulebook) {
    return StationTasksRules.from(rulebook);
  }

  @Override
  public List<InputSpec> inputs(StationTasksRules rules) {
    List<InputSpec> out = new ArrayList<>();
    out.add(InputSpec.one(STATIONS, StationList.FIELDS));
    for (String kind : rules.kinds()) {
      Set<String> fields = new LinkedHashSet<>(ITEM_FIELDS);
      rules.indicators().stream()
          .filter(i -> i.kind().equals(kind))
          .forEach(i -> fields.addAll(i.where().keySet()));
      out.add(InputSpec.drops(kind, List.copyOf(fields)));
    }
    out.add(InputSpec.optional(SUPPORTED, ApplicationChecks.PROJECT_FIELDS));
    return out;
  }

  @Override
  public Results compute(StationTasksRules rules, ProgramInputs inputs, LocalDate asOf) {
    InputRows list = inputs.rows(STATIONS);
    StationList.Result stations = new StationList(rules).read(list);
    Map<String, InputRows> exports = new LinkedHashMap<>();
    rules.kinds().forEach(k -> exports.put(k, inputs.rows(k)));
    Map<String, List<InputRow>> counted = ExportItems.counted(exports, asOf);
    StationTasksEngine.Progress progress =
        new StationTasksEngine(rules).progress(stations.stations(), counted, asOf);
    ApplicationChecks.Result checks =
        ApplicationChecks.check(rules, list, stations.stations(), inputs.rows(SUPPORTED));
    List<RowProblem> problems = new ArrayList<>(stations.problems());
    exports.values().forEach(e -> problems.addAll(e.problems()));
    problems.addAll(inputs.rows(SUPPORTED).problems());
    problems.addAll(progress.problems());
    problems.addAll(checks.problems());
    return new Results(list, progress.stations(), checks.checks(), problems);
  }

  @Override
  public ProgramOutputs outputs(
      Rulebook rulebook, StationTasksRules rules, Results r, LocalDate asOf) {
    TableReport report =
        new TableReport(
            rulebook.title(),
            asOf,
            "stations.xlsx",
            List.of(
                StationTasksTables.progress(rules, r.list(), r.progress(), asOf),
                StationTasksTables.forecast(r.list(), r.progress()),
                StationTasksTables.checks(rules, r.list(), r.checks()),
                ProgramTables.notes(notes(rules)),
                ProgramTables.problems(r.problems())),
            List.of());
    return new TableOutputs(
        report, summary(rules, r, asOf), mail(rules, r, asOf), r.problems().size());
  }

  private static List<String> notes(StationTasksRules rules) {
    List<String> notes = new ArrayList<>();
    notes.add("计数规则：每个条目以截至统计日最新一期导出为准，同一期内未发布状态优先；只计已发布且日期不晚于统计日的条目。");
    notes.add(
        "预测：按统计日前 "
            + rules.forecastWindowDays()
            + " 天内的条目计算进度，线性推算至截止日 "
            + rules.deadline()
            + "（一 5 “原则上应于2024年12月底前完成”）。");
    if (!rules.applicantTypes().isEmpty()) {
      notes.add("申报主体：" + String.join("、", rules.applicantTypes()) + "（四（一）5（2））。");
    }
    if (rules.repeat() != null) {
      notes.add(
          "近"
              + rules.repeat().years()
              + "年内已获支持的相同内容（"
              + rules.repeat().content()
              + "）不得重复申报，"
              + String.join("、", rules.repeat().exempt())
              + "除外（一 2）。");
    }
    return notes;
  }

  private static List<String> summary(StationTasksRules rules, Results r, LocalDate asOf) {
    long met = r.progress().stream().filter(p -> p.status().equals("达标")).count();
    long shortOf = r.progress().stream().filter(p -> p.status().equals("未达标")).count();
    long risk = r.progress().stream().filter(StationProgress::atRisk).count();
    return List.of(
        r.progress().size()
            + " stations as of "
            + asOf
            + ": "
            + met
            + " meet every target, "
            + shortOf
            + " fall short",
        "deadline "
            + rules.deadline()
            + ": "
            + ChronoUnit.DAYS.between(asOf, rules.deadline())
            + " day(s) left; "
            + risk
            + " station(s) at risk at their recent pace",
        ProgramTables.problemLine(r.problems().size()));
  }

  private static List<String> mail(StationTasksRules rules, Results r, LocalDate asOf) {
    long met = r.progress().stream().filter(p -> p.status().equals("达标")).count();
    long shortOf = r.progress().stream().filter(p -> p.status().equals("未达标")).count();
    long risk = r.progress().stream().filter(StationProgress::atRisk).count();
    long applicant =
        r.checks().stream()
            .filter(c -> c.applicant() == ApplicationChecks.Applicant.NOT_ALLOWED)
            .count();
    long repeated = r.checks().stream().filter(ApplicationChecks.Check::repeated).count();
    return List.of(
        "距截止日 "
            + rules.deadline()
            + " 还有 "
            + ChronoUnit.DAYS.between(asOf, rules.deadline())
            + " 天",
        "服务站 "
            + r.progress().size()
            + " 个：达标 "
            + met
            + " 个，未达标 "
            + shortOf
            + " 个，按近期进度有风险 "
            + risk
            + " 个",
        "申报主体不符 " + applicant + " 个，近年重复申报 " + repeated + " 个",
        "问题 " + r.problems().size() + " 条（见 problems.csv）");
  }
}
