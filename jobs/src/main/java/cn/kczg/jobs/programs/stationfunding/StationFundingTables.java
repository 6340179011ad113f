package cn.kczg.jobs.programs.stationfunding;

import cn.kczg.jobs.programs.InputRows;
import cn.kczg.reports.tables.ResultTable;
import cn.kczg.reports.text.ChineseAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The output tables of a station-funding run; input fields are headed by their column names. */
final class StationFundingTables {
  private StationFundingTables() {}

  /** The eligible stations with their amounts (in figures and capitals), and a 合计 row. */
  static ResultTable eligible(InputRows list, InputRows paid, List<FundingDecision> decisions) {
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
                d.amount(),
                ChineseAmount.of(d.amount())));
      }
    }
    var total = StationFundingEngine.total(decisions);
    rows.add(Arrays.asList("合计", null, null, null, null, null, total, ChineseAmount.of(total)));
    List<String> header = labels(list, "station", "level", "host", "founded", "chain");
    header.addAll(List.of("满年限日期", paid.label("amount"), "大写"));
    return ResultTable.withCsv("资助名单", "eligible.csv", header, rows);
  }

  /** Every station with its status, the day it becomes eligible, and why. */
  static ResultTable stations(InputRows list, InputRows paid, List<FundingDecision> decisions) {
    List<List<Object>> rows = new ArrayList<>();
    for (FundingDecision d : decisions) {
      Station s = d.station();
      rows.add(
          Arrays.asList(
              s.name(),
              s.level(),
              s.host(),
              s.hostType(),
              s.founded().toString(),
              s.chain(),
              s.assessment(),
              d.status().label(),
              d.eligibleFrom() == null ? null : d.eligibleFrom().toString(),
              d.amount(),
              d.reason()));
    }
    List<String> header =
        labels(list, "station", "level", "host", "host_type", "founded", "chain", "assessment");
    header.addAll(List.of("资助状态", "满年限日期", paid.label("amount"), "说明"));
    return ResultTable.withCsv("全部服务站", "stations.csv", header, rows);
  }

  /**
   * The record of one-time funding: the payments made before, then this round's eligible stations
   * (拟资助), so the next round can read it as its record once paid.
   */
  static ResultTable record(
      InputRows list, InputRows paid, List<Payment> payments, List<FundingDecision> decisions) {
    List<List<Object>> rows = new ArrayList<>();
    for (Payment p : payments) {
      rows.add(
          Arrays.asList(
              p.station(),
              p.host(),
              p.amount(),
              p.paidOn() == null ? null : p.paidOn().toString(),
              "已资助"));
    }
    for (FundingDecision d : decisions) {
      if (d.status() == Eligibility.ELIGIBLE) {
        rows.add(Arrays.asList(d.station().name(), d.station().host(), d.amount(), null, "拟资助"));
      }
    }
    List<String> header = labels(list, "station", "host");
    header.addAll(List.of(paid.label("amount"), paid.label("paid_on"), "记录"));
    return ResultTable.withCsv("资助记录", "funding-record.csv", header, rows);
  }

  private static List<String> labels(InputRows list, String... fields) {
    List<String> out = new ArrayList<>();
    for (String f : fields) {
      out.add(list.label(f));
    }
    return out;
  }
}
