package cn.kczg.jobs.programs.stationtasks;

import cn.kczg.jobs.programs.InputRows;
import cn.kczg.jobs.programs.stationtasks.StationTasksRules.Indicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tables of a station-tasks run: progress, forecast, and the application checks. */
final class StationTasksTables {
  private StationTasksTables() {}

  static cn.kczg.reports.tables.ResultTable progress(
      StationTasksRules rules, InputRows list, List<StationProgress> stations, LocalDate asOf) {
    List<String> header =
        new ArrayList<>(
            List.of(list.label("station"), list.label("host"), list.label("service_type")));
    for (Indicator i : rules.indicators()) {
      header.addAll(List.of(i.label(), i.label() + "目标", i.label() + "差额"));
    }
    header.addAll(List.of("进度状态", "缺口", "截止日", "剩余天数"));
    long daysLeft = ChronoUnit.DAYS.between(asOf, rules.deadline());
    List<List<Object>> rows = new ArrayList<>();
    for (StationProgress p : stations) {
      TaskStation s = p.station();
      List<Object> row = new ArrayList<>(List.of(s.name(), s.host(), s.serviceType()));
      for (Indicator i : rules.indicators()) {
        Integer target = p.targets().get(i.id());
        row.addAll(
            Arrays.asList(
                p.counts().get(i.id()), target, target == null ? null : p.shortfall(i.id())));
      }
      row.addAll(
          List.of(p.status(), String.join("; ", p.gaps()), rules.deadline().toString(), daysLeft));
      rows.add(row);
    }
    return cn.kczg.reports.tables.ResultTable.withCsv("进度", "stations.csv", header, rows);
  }

  static cn.kczg.reports.tables.ResultTable forecast(
      InputRows list, List<StationProgress> stations) {
    List<List<Object>> rows = new ArrayList<>();
    for (StationProgress p : stations) {
      for (StationProgress.Forecast f : p.forecasts()) {
        rows.add(
            Arrays.asList(
                p.station().name(),
                f.indicator(),
                f.count(),
                f.target(),
                BigDecimal.valueOf(f.perWeek()).setScale(2, RoundingMode.HALF_UP),
                f.projected(),
                f.reachOn() == null ? null : f.reachOn().toString(),
                f.outlook().label()));
      }
    }
    return cn.kczg.reports.tables.ResultTable.withCsv(
        "预测",
        "forecast.csv",
        List.of(list.label("station"), "指标", "现有", "目标", "近期每周", "截止日预计", "预计达标日期", "展望"),
        rows);
  }

  static cn.kczg.reports.tables.ResultTable checks(
      StationTasksRules rules, InputRows list, List<ApplicationChecks.Check> checks) {
    List<List<Object>> rows = new ArrayList<>();
    for (ApplicationChecks.Check c : checks) {
      TaskStation s = c.station();
      rows.add(
          List.of(
              s.name(),
              s.applicant(),
              s.applicantType(),
              c.applicant().label,
              String.join("、", c.repeats().stream().map(ApplicationChecks::project).toList()),
              c.repeated() ? "是" : c.exempt() && !c.repeats().isEmpty() ? "豁免" : "否"));
    }
    String years = rules.repeat() == null ? "" : "近" + rules.repeat().years() + "年";
    return cn.kczg.reports.tables.ResultTable.withCsv(
        "申报核查",
        "checks.csv",
        List.of(
            list.label("station"),
            list.label("applicant"),
            list.label("applicant_type"),
            "申报主体核查",
            years + "已获支持",
            "重复申报"),
        rows);
  }
}
