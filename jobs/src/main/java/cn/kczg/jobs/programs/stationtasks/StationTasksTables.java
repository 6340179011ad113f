package cn.kczg.jobs.programs.stationtasks;

import cn.kczg.jobs.programs.table.OutputTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The progress table of a station-tasks run: per metric the count, target and shortfall. */
final class StationTasksTables {
  private StationTasksTables() {}

  static OutputTable progress(List<StationProgress> stations) {
    List<String> header = new ArrayList<>(List.of("服务站名称", "建站单位", "服务类型"));
    for (Metric m : Metric.values()) {
      header.addAll(List.of(m.label(), m.label() + "目标", m.label() + "差额"));
    }
    header.addAll(List.of("状态", "缺口"));
    List<List<Object>> rows = new ArrayList<>();
    for (StationProgress p : stations) {
      TaskStation s = p.station();
      List<Object> row = new ArrayList<>(List.of(s.name(), s.host(), s.serviceType()));
      for (Metric m : Metric.values()) {
        Integer target = p.targets().get(m);
        row.addAll(
            Arrays.asList(p.counts().get(m), target, target == null ? null : p.shortfall(m)));
      }
      row.add(p.status());
      row.add(String.join("; ", p.gaps()));
      rows.add(row);
    }
    return new OutputTable("进度", header, rows);
  }
}
