package cn.kczg.jobs.programs.stationtasks;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One station's progress as of a day.
 *
 * @param station the station
 * @param counts what it has, by indicator id, in rulebook order
 * @param targets its service type's targets by indicator id; empty when the type has none
 * @param gaps one phrase per unmet target, e.g. "线下活动 差 1 次 (2/3)"
 * @param forecasts one forecast per target, in rulebook order
 */
public record StationProgress(
    TaskStation station,
    Map<String, Integer> counts,
    Map<String, Integer> targets,
    List<String> gaps,
    List<Forecast> forecasts) {
  public StationProgress {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    gaps = List.copyOf(gaps);
    forecasts = List.copyOf(forecasts);
  }

  /** Where a target stands against the deadline. */
  public enum Outlook {
    MET("已达标"),
    ON_TRACK("预计按期达标"),
    AT_RISK("有风险"),
    MISSED("逾期未达标");

    private final String label;

    Outlook(String label) {
      this.label = label;
    }

    /** The Chinese label shown in outputs. */
    public String label() {
      return label;
    }
  }

  /**
   * A target's forecast: the pace over the rulebook's window, projected to the deadline.
   *
   * @param indicator the indicator's label
   * @param count what it has
   * @param target what it needs
   * @param perWeek items a week at the recent pace
   * @param projected the count the pace reaches by the deadline (rounded down)
   * @param reachOn the day the pace reaches the target, or null (met already, or never)
   * @param outlook where it stands
   */
  public record Forecast(
      String indicator,
      int count,
      int target,
      double perWeek,
      int projected,
      LocalDate reachOn,
      Outlook outlook) {}

  /** 达标 when every target is met, 未达标 when one is not, 无量化任务 when there are none. */
  public String status() {
    if (targets.isEmpty()) {
      return "无量化任务";
    }
    return gaps.isEmpty() ? "达标" : "未达标";
  }

  /** How many more are needed for an indicator; 0 when met or without target. */
  public int shortfall(String indicator) {
    Integer target = targets.get(indicator);
    return target == null ? 0 : Math.max(0, target - counts.get(indicator));
  }

  /** True when some target is neither met nor expected to be met by the deadline. */
  public boolean atRisk() {
    return forecasts.stream()
        .anyMatch(f -> f.outlook() == Outlook.AT_RISK || f.outlook() == Outlook.MISSED);
  }
}
