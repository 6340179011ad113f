package cn.kczg.jobs.programs.stationtasks;

import java.util.List;
import java.util.Map;

/**
 * One station's progress as of a day.
 *
 * @param station the station
 * @param counts what it has, for every metric
 * @param targets its service type's targets; empty when the type has none
 * @param gaps one phrase per unmet target, e.g. "线下活动 差 1 次 (2/3)"
 */
public record StationProgress(
    TaskStation station,
    Map<Metric, Integer> counts,
    Map<Metric, Integer> targets,
    List<String> gaps) {
  public StationProgress {
    counts = Map.copyOf(counts);
    targets = Map.copyOf(targets);
    gaps = List.copyOf(gaps);
  }

  /** 达标 when every target is met, 未达标 when one is not, 无量化任务 when there are none. */
  public String status() {
    if (targets.isEmpty()) {
      return "无量化任务";
    }
    return gaps.isEmpty() ? "达标" : "未达标";
  }

  /** How many more are needed for a metric; 0 when met or without target. */
  public int shortfall(Metric metric) {
    Integer target = targets.get(metric);
    return target == null ? 0 : Math.max(0, target - counts.get(metric));
  }
}
