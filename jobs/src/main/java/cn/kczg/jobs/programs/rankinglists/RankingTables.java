package cn.kczg.jobs.programs.rankinglists;

import cn.kczg.jobs.programs.table.OutputTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The output tables of a ranking-nominations run. */
final class RankingTables {
  private static final List<String> CLEAN_HEADER = List.of("榜单", "领域", "候选名称", "推荐单位", "序号", "行");

  private RankingTables() {}

  /** The clean recommendations of every list, in one table. */
  static OutputTable clean(List<Nomination> clean) {
    return new OutputTable("推荐汇总", CLEAN_HEADER, clean.stream().map(RankingTables::row).toList());
  }

  /** The clean recommendations of one list, as its own sheet. */
  static OutputTable cleanOf(String list, List<Nomination> clean) {
    return new OutputTable(
        list,
        CLEAN_HEADER,
        clean.stream().filter(n -> n.list().equals(list)).map(RankingTables::row).toList());
  }

  private static List<Object> row(Nomination n) {
    return List.of(n.list(), n.field(), n.candidate(), n.recommender(), n.order(), n.line());
  }

  /** The violations, one row per recommender, rule, list and field. */
  static OutputTable violations(List<Violation> violations) {
    List<List<Object>> rows = new ArrayList<>();
    for (Violation v : violations) {
      List<String> names =
          v.excluded().stream().map(n -> n.candidate() + " (序号 " + n.order() + ")").toList();
      rows.add(
          Arrays.asList(
              v.recommender(),
              v.rule(),
              v.list(),
              v.field(),
              v.quota() < 0 ? null : v.quota(),
              v.count(),
              String.join("、", names),
              v.explanation()));
    }
    return new OutputTable(
        "违规", List.of("推荐单位", "规则", "榜单", "领域", "名额", "推荐数", "超出或排除的候选", "说明"), rows);
  }
}
