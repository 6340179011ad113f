package cn.kczg.jobs.programs.stationtasks;

import cn.kczg.jobs.programs.ProgramInput;
import cn.kczg.jobs.programs.ProgramRun;
import cn.kczg.jobs.programs.ProgramRunner;
import cn.kczg.jobs.programs.table.InputFiles;
import cn.kczg.jobs.programs.table.InputTable;
import cn.kczg.jobs.programs.table.OutputFolder;
import cn.kczg.jobs.programs.table.OutputTable;
import cn.kczg.jobs.programs.table.RowProblem;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.source.SourceDefinitions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@code station-tasks} program. Input folder: a station list (服务站*, 学会服务站* or stations*;
 * columns 服务站名称, 建站单位, 服务类型, optional 平台账号) and the platform's 专家* and 活动* exports
 * (platform-exports.md), either beside it or in dated drop folders (the latest on or before the
 * as-of day is read). Output: {@code stations.xlsx} (进度, 问题), {@code stations.csv} and {@code
 * problems.csv}.
 */
public final class StationTasksRunner implements ProgramRunner {

  @Override
  public String type() {
    return "station-tasks";
  }

  @Override
  public void validate(Rulebook rulebook) {
    StationTasksRules.from(rulebook);
  }

  @Override
  public ProgramRun run(Rulebook rulebook, ProgramInput input) {
    StationTasksRules rules = StationTasksRules.from(rulebook);
    Path listFile = InputFiles.one(input.inputDir(), "station list", TaskStationReader.FILES);
    TaskStationReader.Result list =
        new TaskStationReader(rules)
            .read(InputTable.read(listFile, TaskStationReader.COLUMNS, rulebook.id()));
    Path drop = PlatformExports.dropFolder(input.inputDir(), input.asOf());
    PlatformExports.Result exports = PlatformExports.read(drop, SourceDefinitions.builtIn());
    StationTasksEngine.Progress progress =
        new StationTasksEngine(rules).progress(list.stations(), exports, input.asOf());
    List<RowProblem> problems = new ArrayList<>(list.problems());
    problems.addAll(exports.problems());
    problems.addAll(progress.problems());
    OutputTable table = StationTasksTables.progress(progress.stations());
    OutputFolder out = new OutputFolder(input.outputDir());
    out.xlsx("stations.xlsx", List.of(table, OutputTable.problems(problems)));
    out.csv("stations.csv", table);
    out.csv("problems.csv", OutputTable.problems(problems));
    long met = progress.stations().stream().filter(p -> p.status().equals("达标")).count();
    long shortOf = progress.stations().stream().filter(p -> p.status().equals("未达标")).count();
    List<String> summary =
        List.of(
            progress.stations().size()
                + " stations as of "
                + input.asOf()
                + " from exports in "
                + drop
                + ": "
                + met
                + " meet every target, "
                + shortOf
                + " fall short",
            problems.size() + " problem(s) listed in problems.csv");
    return new ProgramRun(out.files(), summary, problems.size());
  }
}
