package cn.kczg.jobs.programs.stationfunding;

import cn.kczg.jobs.programs.ProgramInput;
import cn.kczg.jobs.programs.ProgramRun;
import cn.kczg.jobs.programs.ProgramRunner;
import cn.kczg.jobs.programs.table.InputFiles;
import cn.kczg.jobs.programs.table.InputTable;
import cn.kczg.jobs.programs.table.OutputFolder;
import cn.kczg.jobs.programs.table.OutputTable;
import cn.kczg.schemas.program.Rulebook;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a {@code station-funding} program. Input: one station list (CSV or XLSX named 服务站*, 学会服务站*
 * or stations*) with columns 服务站名称, 级别, 建站单位, 建站时间, 产业链, 考核结果. Output: {@code funding.xlsx} (资助名单
 * with a 合计 row, 全部服务站, 问题), {@code eligible.csv}, {@code stations.csv} (every station with status,
 * eligible-from day and reason) and {@code problems.csv}.
 */
public final class StationFundingRunner implements ProgramRunner {

  @Override
  public String type() {
    return "station-funding";
  }

  @Override
  public void validate(Rulebook rulebook) {
    StationFundingRules.from(rulebook);
  }

  @Override
  public ProgramRun run(Rulebook rulebook, ProgramInput input) {
    StationFundingRules rules = StationFundingRules.from(rulebook);
    Path file = InputFiles.one(input.inputDir(), "station list", StationReader.FILES);
    StationReader.Result list =
        new StationReader(rules).read(InputTable.read(file, StationReader.COLUMNS, rulebook.id()));
    List<FundingDecision> decisions =
        new StationFundingEngine(rules).decide(list.stations(), input.asOf());
    OutputTable eligible = StationFundingTables.eligible(decisions);
    OutputTable stations = StationFundingTables.stations(decisions);
    OutputTable problems = OutputTable.problems(list.problems());
    OutputFolder out = new OutputFolder(input.outputDir());
    out.xlsx("funding.xlsx", List.of(eligible, stations, problems));
    out.csv("eligible.csv", eligible);
    out.csv("stations.csv", stations);
    out.csv("problems.csv", problems);
    long count = decisions.stream().filter(d -> d.status() == Eligibility.ELIGIBLE).count();
    List<String> summary =
        List.of(
            count
                + " of "
                + decisions.size()
                + " stations eligible as of "
                + input.asOf()
                + ", total "
                + StationFundingEngine.total(decisions).toPlainString()
                + " CNY",
            list.problems().size() + " problem(s) listed in problems.csv");
    return new ProgramRun(out.files(), summary, list.problems().size());
  }
}
