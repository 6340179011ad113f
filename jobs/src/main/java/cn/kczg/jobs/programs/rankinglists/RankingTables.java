package cn.kczg.jobs.programs.rankinglists;

import cn.kczg.jobs.programs.InputRows;
import cn.kczg.reports.tables.ResultTable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The output tables of a ranking-nominations run; input fields are headed by their column names.
 */
final class RankingTables {
  private RankingTables() {}

  private static List<String> cleanHeader(InputRows file) {
    return List.of(
        file.label("list"),
        file.label("field"),
        file.label("candidate"),
        file.label("recommender"),
        file.label("order"),
        "行",
        "初评机构",
        "初评联系人",
        "初评联系方式");
  }

  /** The clean recommendations of every list, in one table. */
  static ResultTable clean(RankingRules rules, InputRows file, List<Nomination> clean) {
    return ResultTable.withCsv(
        "推荐汇总",
        "recommendations.csv",
        cleanHeader(file),
        clean.stream().map(n -> row(rules, n)).toList());
  }

  /** The clean recommendations of one list, as its own sheet. */
  static ResultTable cleanOf(
      RankingRules rules, InputRows file, String list, List<Nomination> clean) {
    return ResultTable.sheet(
        list,
        cleanHeader(file),
        clean.stream().filter(n -> n.list().equals(list)).map(n -> row(rules, n)).toList());
  }

  private static List<Object> row(RankingRules rules, Nomination n) {
    List<Object> row =
        new ArrayList<>(
            List.of(n.list(), n.field(), n.candidate(), n.recommender(), n.order(), n.line()));
    rules
        .reviewer(n.list(), n.field())
        .ifPresentOrElse(
            r -> row.addAll(List.of(r.reviewer(), r.contact(), r.phone())),
            () -> row.addAll(Arrays.asList(null, null, null)));
    return row;
  }

  /** Each first-round reviewer with the clean nominations routed to it. */
  static ResultTable routing(RankingRules rules, List<Nomination> clean) {
    List<List<Object>> rows = new ArrayList<>();
    for (RankingRules.Reviewer r : rules.reviewers()) {
      List<Nomination> mine =
          clean.stream()
              .filter(n -> n.list().equals(r.list()))
              .filter(n -> r.fields().isEmpty() || r.fields().contains(n.field()))
              .toList();
      rows.add(
          List.of(
              r.reviewer(),
              r.contact(),
              r.phone(),
              r.list(),
              String.join("、", r.fields()),
              mine.size(),
              String.join("、", mine.stream().map(Nomination::candidate).toList())));
    }
    return ResultTable.withCsv(
        "初评机构",
        "routing.csv",
        List.of("初评机构", "初评联系人", "初评联系方式", "所评榜单", "所评领域", "推荐数", "候选"),
        rows);
  }

  /** Each deadline and where it stands at the start of the as-of day. */
  static ResultTable deadlines(RankingRules rules, LocalDate asOf) {
    List<List<Object>> rows = new ArrayList<>();
    for (RankingRules.Deadline d : rules.deadlines()) {
      rows.add(List.of(d.name(), d.clause(), time(d.at()), left(d.at(), asOf)));
    }
    return ResultTable.withCsv("截止时间", "deadlines.csv", List.of("事项", "条款", "截止时间", "截至统计日"), rows);
  }

  /** One line per deadline: "平台线上申报截止（2023-12-01 00:00）：还有 1 天 0 小时". */
  static List<String> deadlineLines(RankingRules rules, LocalDate asOf) {
    return rules.deadlines().stream()
        .map(d -> d.name() + "（" + time(d.at()) + "）：" + left(d.at(), asOf))
        .toList();
  }

  /** Time left until a deadline from the start of a day: "还有 9 天 17 小时", or 已截止. */
  static String left(LocalDateTime at, LocalDate asOf) {
    Duration d = Duration.between(asOf.atStartOfDay(), at);
    return d.isNegative() || d.isZero()
        ? "已截止"
        : "还有 " + d.toDays() + " 天 " + d.toHoursPart() + " 小时";
  }

  /** A time as people write it: 2023-11-20 17:00. */
  static String time(LocalDateTime t) {
    return t.toLocalDate() + " " + t.toLocalTime();
  }

  /** The violations, one row per recommender, rule, list and field. */
  static ResultTable violations(InputRows file, List<Violation> violations) {
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
    return ResultTable.withCsv(
        "违规",
        "violations.csv",
        List.of(
            file.label("recommender"),
            "规则",
            file.label("list"),
            file.label("field"),
            "名额",
            "推荐数",
            "超出或排除的候选",
            "说明"),
        rows);
  }
}
