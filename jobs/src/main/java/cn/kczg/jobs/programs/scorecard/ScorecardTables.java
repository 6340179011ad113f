package cn.kczg.jobs.programs.scorecard;

import cn.kczg.jobs.programs.table.OutputTable;
import java.util.ArrayList;
import java.util.List;

/** The scorecard's output tables: the ranking, and the accepted rows it was computed from. */
final class ScorecardTables {
  private ScorecardTables() {}

  static OutputTable ranking(ScorecardRules rules, List<ScoredAssociation> ranked) {
    List<String> header = new ArrayList<>(List.of("排名", "科协名称", "评分人数"));
    rules.categories().forEach(c -> header.add(c.name() + " (" + c.max() + ")"));
    header.addAll(List.of("基础分", "加分 (未封顶)", "加分 (≤" + rules.bonusCap() + ")", "扣分项", "扣分", "总分"));
    List<List<Object>> rows = new ArrayList<>();
    for (ScoredAssociation s : ranked) {
      List<Object> row = new ArrayList<>(List.of(s.rank(), s.association(), s.assessors()));
      row.addAll(s.categoryMeans());
      row.addAll(
          List.of(
              s.base(), s.bonusEarned(), s.bonus(), s.deductionItems(), s.deduction(), s.total()));
      rows.add(row);
    }
    return new OutputTable("排名", header, rows);
  }

  static OutputTable details(ScorecardRules rules, List<Assessment> accepted) {
    List<String> header = new ArrayList<>(List.of("科协名称", "评分人", "行"));
    rules.categories().forEach(c -> header.add(c.name()));
    rules.honours().forEach(h -> header.add(h.column()));
    header.add(rules.deductionColumn());
    List<List<Object>> rows = new ArrayList<>();
    for (Assessment a : accepted) {
      List<Object> row = new ArrayList<>(List.of(a.association(), a.assessor(), a.line()));
      row.addAll(a.scores());
      rules.honours().forEach(h -> row.add(a.honours().get(h.level())));
      row.add(a.deductions());
      rows.add(row);
    }
    return new OutputTable("评分明细", header, rows);
  }
}
