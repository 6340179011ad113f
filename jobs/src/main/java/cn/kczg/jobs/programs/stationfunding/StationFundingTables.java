package cn.kczg.jobs.programs.stationfunding;

import cn.kczg.jobs.programs.table.OutputTable;
import java.util.ArrayList;
import java.util.List;

/** The output tables of a station-funding run. */
final class StationFundingTables {
  private StationFundingTables() {}

  /** The eligible stations with their amounts, and a 合计 row. */
  static OutputTable eligible(List<FundingDecision> decisions) {
    List<List<Object>> rows = new ArrayList<>();
    for (FundingDecision d : decisions) {
      if (d.status() == Eligibility.ELIGIBLE) {
        Station s = d.station();
        rows.add(
            List.of(
                s.name(),
                s.level(),
                s.host(),
                s.founded().toString(),
                s.chain(),
                d.eligibleFrom().toString(),
                d.amount()));
      }
    }
    rows.add(
        java.util.Arrays.asList(
            "合计", null, null, null, null, null, StationFundingEngine.total(decisions)));
    return new OutputTable(
        "资助名单", List.of("服务站名称", "级别", "建站单位", "建站时间", "产业链", "满年限日期", "资助金额(元)"), rows);
  }

  /** Every station with its status, the day it becomes eligible, and why. */
  static OutputTable stations(List<FundingDecision> decisions) {
    List<List<Object>> rows = new ArrayList<>();
    for (FundingDecision d : decisions) {
      Station s = d.station();
      rows.add(
          java.util.Arrays.asList(
              s.name(),
              s.level(),
              s.host(),
              s.founded().toString(),
              s.chain(),
              s.assessment(),
              d.status().label(),
              d.eligibleFrom() == null ? null : d.eligibleFrom().toString(),
              d.amount(),
              d.reason()));
    }
    return new OutputTable(
        "全部服务站",
        List.of("服务站名称", "级别", "建站单位", "建站时间", "产业链", "考核结果", "状态", "满年限日期", "资助金额(元)", "说明"),
        rows);
  }
}
