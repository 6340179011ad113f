package cn.kczg.jobs.programs.scorecard;

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

/**
 * Runs a {@code scorecard} program. Input: one assessment sheet (CSV or XLSX named 考核*, 评分*,
 * scorecard* or assessment*) with columns 科协名称, 评分人, one per category, one per honour level and the
 * deduction column. Output: {@code scorecard.xlsx} (排名, 评分明细, 问题), {@code scorecard.csv} (the
 * ranking) and {@code problems.csv}. The as-of date is not used: the sheet is the assessment.
 */
public final class ScorecardRunner implements ProgramRunner {

  @Override
  public String type() {
    return "scorecard";
  }

  @Override
  public void validate(Rulebook rulebook) {
    ScorecardRules.from(rulebook);
  }

  @Override
  public ProgramRun run(Rulebook rulebook, ProgramInput input) {
    ScorecardRules rules = ScorecardRules.from(rulebook);
    AssessmentReader reader = new AssessmentReader(rules);
    Path file = InputFiles.one(input.inputDir(), "assessment sheet", AssessmentReader.FILES);
    AssessmentReader.Result sheet =
        reader.read(InputTable.read(file, reader.requiredColumns(), rulebook.id()));
    ScorecardEngine.Scorecard card = new ScorecardEngine(rules).score(sheet);
    List<RowProblem> problems = new ArrayList<>(sheet.problems());
    problems.addAll(card.problems());
    OutputTable ranking = ScorecardTables.ranking(rules, card.ranked());
    OutputFolder out = new OutputFolder(input.outputDir());
    out.xlsx(
        "scorecard.xlsx",
        List.of(
            ranking,
            ScorecardTables.details(rules, sheet.accepted()),
            OutputTable.problems(problems)));
    out.csv("scorecard.csv", ranking);
    out.csv("problems.csv", OutputTable.problems(problems));
    List<String> summary = new ArrayList<>();
    summary.add(
        card.ranked().size()
            + " associations ranked from "
            + sheet.accepted().size()
            + " assessment rows of "
            + file.getFileName());
    card.ranked().stream()
        .findFirst()
        .ifPresent(
            top ->
                summary.add(
                    "first: " + top.association() + " with " + top.total().toPlainString()));
    summary.add(problems.size() + " problem(s) listed in problems.csv");
    return new ProgramRun(out.files(), summary, problems.size());
  }
}
