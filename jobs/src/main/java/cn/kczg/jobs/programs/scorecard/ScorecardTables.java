package cn.kczg.jobs.programs.scorecard;

import cn.kczg.reports.tables.ResultTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The scorecard's output tables: the ranking, the deductions by type, the requirements per
 * association, and the accepted rows it was computed from. Headings of input fields are their
 * column names in the source definition.
 */
final class ScorecardTables {
  private ScorecardTables() {}

  static ResultTable ranking(ScorecardRules rules, ScorecardType.Results r) {
    Map<String, String> labels = r.sheet().labels();
    List<String> header =
        new ArrayList<>(List.of("排名", labels.get(AssessmentReader.ASSOCIATION), "评分人数"));
    rules.categories().forEach(c -> header.add(c.name() + " (" + c.max() + ")"));
    header.addAll(
        List.of(
            "基础分 (评分人平均)",
            "加分 (未封顶)",
            "加分 (≤" + rules.bonusCap() + ")",
            "扣分项数",
            "扣分",
            "总分",
            "四化未符合或未填报"));
    List<List<Object>> rows = new ArrayList<>();
    for (ScoredAssociation s : r.card().ranked()) {
      List<Object> row = new ArrayList<>(List.of(s.rank(), s.association(), s.assessors()));
      row.addAll(s.categoryMeans());
      row.addAll(
          List.of(
              s.base(),
              s.bonusEarned(),
              s.bonus(),
              s.deductionItems(),
              s.deduction(),
              s.total(),
              String.join("、", s.openRequirements())));
      rows.add(row);
    }
    return ResultTable.withCsv("排名", "scorecard.csv", header, rows);
  }

  /** One row per ranked association and deduction type: how many items, how many points. */
  static ResultTable deductions(ScorecardRules rules, ScorecardType.Results r) {
    List<List<Object>> rows = new ArrayList<>();
    for (ScoredAssociation s : r.card().ranked()) {
      s.deductionsByType()
          .forEach(
              (type, items) ->
                  rows.add(
                      List.of(s.association(), type, items, items * rules.pointsPerDeduction())));
    }
    return ResultTable.withCsv(
        "扣分明细",
        "deductions.csv",
        List.of(r.sheet().labels().get(AssessmentReader.ASSOCIATION), "扣分类型", "项数", "扣分"),
        rows);
  }

  /** One row per ranked association: its standing on each requirement. */
  static ResultTable requirements(ScorecardRules rules, ScorecardType.Results r) {
    List<String> header = new ArrayList<>();
    header.add(r.sheet().labels().get(AssessmentReader.ASSOCIATION));
    rules.requirements().items().forEach(q -> header.add(q.group() + "·" + q.name()));
    header.add("未符合或未填报");
    List<List<Object>> rows = new ArrayList<>();
    for (ScoredAssociation s : r.card().ranked()) {
      List<Object> row = new ArrayList<>(List.of(s.association()));
      s.requirements().values().forEach(v -> row.add(v.label()));
      row.add(s.openRequirements().size());
      rows.add(row);
    }
    return ResultTable.withCsv("四化", "requirements.csv", header, rows);
  }

  static ResultTable details(ScorecardRules rules, ScorecardType.Results r) {
    Map<String, String> labels = r.sheet().labels();
    List<String> header =
        new ArrayList<>(
            List.of(
                labels.get(AssessmentReader.ASSOCIATION),
                labels.get(AssessmentReader.ASSESSOR),
                "行"));
    rules.categories().forEach(c -> header.add(labels.get(c.field())));
    rules.honours().forEach(h -> header.add(labels.get(h.field())));
    rules.deductionTypes().forEach(d -> header.add(labels.get(d.field())));
    List<List<Object>> rows = new ArrayList<>();
    for (Assessment a : r.sheet().accepted()) {
      List<Object> row = new ArrayList<>(List.of(a.association(), a.assessor(), a.line()));
      row.addAll(a.scores());
      rules.honours().forEach(h -> row.add(a.honours().get(h.level())));
      rules.deductionTypes().forEach(d -> row.add(a.deductions().get(d.name())));
      rows.add(Arrays.asList(row.toArray()));
    }
    return ResultTable.sheet("评分明细", header, rows);
  }
}
