package cn.kczg.jobs.programs;

import cn.kczg.reports.tables.ResultTable;
import java.util.List;

/** The tables every program type's outputs share: its problems, and its notes for readers. */
public final class ProgramTables {
  /** The header of the problems table. */
  public static final List<String> PROBLEM_HEADER =
      List.of("文件 file", "行 line", "列 column", "问题 problem");

  private ProgramTables() {}

  /** The problems of a run: sheet 问题 and {@code problems.csv}. */
  public static ResultTable problems(List<RowProblem> problems) {
    return ResultTable.withCsv(
        "问题", "problems.csv", PROBLEM_HEADER, problems.stream().map(RowProblem::cells).toList());
  }

  /**
   * What a reader must know to read the figures (the engine's assumptions, the notice's clauses
   * applied): sheet 说明, one numbered line each.
   */
  public static ResultTable notes(List<String> notes) {
    List<List<Object>> rows =
        java.util.stream.IntStream.range(0, notes.size())
            .mapToObj(i -> List.<Object>of(i + 1, notes.get(i)))
            .toList();
    return ResultTable.sheet("说明", List.of("条", "说明"), rows);
  }

  /** The console line counting a run's problems. */
  public static String problemLine(int problems) {
    return problems + " problem(s) listed in problems.csv";
  }
}
