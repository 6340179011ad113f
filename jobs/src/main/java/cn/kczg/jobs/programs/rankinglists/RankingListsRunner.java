package cn.kczg.jobs.programs.rankinglists;

import cn.kczg.jobs.programs.ProgramInput;
import cn.kczg.jobs.programs.ProgramRun;
import cn.kczg.jobs.programs.ProgramRunner;
import cn.kczg.jobs.programs.table.InputFiles;
import cn.kczg.jobs.programs.table.InputTable;
import cn.kczg.jobs.programs.table.OutputFolder;
import cn.kczg.jobs.programs.table.OutputTable;
import cn.kczg.jobs.programs.table.RowProblem;
import cn.kczg.schemas.program.Rulebook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a {@code ranking-nominations} program. Input folder: the nominations (推荐*, 提名* or
 * nominations*; columns 序号 (optional), 候选名称, 榜单, 领域, 推荐单位, 推荐渠道) and, optionally, the past winners
 * (历年入选*, 往届入选*, past-winners*; column 候选名称 or 名称). Output: {@code ranking-lists.xlsx} (one sheet
 * per list, 违规, 问题), {@code recommendations.csv}, {@code violations.csv} and {@code problems.csv}.
 * The as-of date is not used.
 */
public final class RankingListsRunner implements ProgramRunner {

  @Override
  public String type() {
    return "ranking-nominations";
  }

  @Override
  public void validate(Rulebook rulebook) {
    RankingRules.from(rulebook);
  }

  @Override
  public ProgramRun run(Rulebook rulebook, ProgramInput input) {
    RankingRules rules = RankingRules.from(rulebook);
    Path file = InputFiles.one(input.inputDir(), "nominations", NominationReader.FILES);
    NominationReader.Result read =
        new NominationReader(rules)
            .read(InputTable.read(file, NominationReader.COLUMNS, rulebook.id()));
    Optional<Path> winnersFile =
        InputFiles.optional(
            input.inputDir(), "past-winners list", NominationReader.PAST_WINNER_FILES);
    Set<String> winners =
        winnersFile
            .map(
                p ->
                    NominationReader.pastWinners(
                        InputTable.read(p, NominationReader.PAST_WINNER_COLUMNS, rulebook.id())))
            .orElse(Set.of());
    NominationEngine.Outcome outcome =
        new NominationEngine(rules).check(read.nominations(), winners);
    List<RowProblem> problems = new ArrayList<>(read.problems());
    problems.addAll(outcome.problems());
    List<OutputTable> sheets = new ArrayList<>();
    rules.lists().forEach(l -> sheets.add(RankingTables.cleanOf(l.name(), outcome.clean())));
    OutputTable violations = RankingTables.violations(outcome.violations());
    sheets.add(violations);
    sheets.add(OutputTable.problems(problems));
    OutputFolder out = new OutputFolder(input.outputDir());
    out.xlsx("ranking-lists.xlsx", sheets);
    out.csv("recommendations.csv", RankingTables.clean(outcome.clean()));
    out.csv("violations.csv", violations);
    out.csv("problems.csv", OutputTable.problems(problems));
    return new ProgramRun(
        out.files(), summary(read, outcome, winnersFile, winners, problems), problems.size());
  }

  private static List<String> summary(
      NominationReader.Result read,
      NominationEngine.Outcome outcome,
      Optional<Path> winnersFile,
      Set<String> winners,
      List<RowProblem> problems) {
    List<String> lines = new ArrayList<>();
    lines.add(
        outcome.clean().size()
            + " of "
            + read.nominations().size()
            + " nominations clean; "
            + outcome.violations().size()
            + " violation(s) listed in violations.csv");
    lines.add(
        winnersFile
            .map(p -> winners.size() + " past winners read from " + p.getFileName())
            .orElse("no past-winners list in the input folder: no past winner was excluded"));
    lines.add(problems.size() + " problem(s) listed in problems.csv");
    return lines;
  }
}
