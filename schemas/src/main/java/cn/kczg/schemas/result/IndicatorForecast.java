package cn.kczg.schemas.result;

import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;

/**
 * Where one organization's indicator is heading at its recent weekly pace.
 *
 * @param orgId registry id
 * @param orgName official name
 * @param category 机构类型
 * @param kind the indicator
 * @param count published items as of the run's date
 * @param target the program's target
 * @param weeklyPace items gained per week over the pace window (never negative)
 * @param projected the day the target is reached at that pace; null when met or when the pace is 0
 * @param onTime met, or projected on or before the program's deadline
 */
public record IndicatorForecast(
    String orgId,
    String orgName,
    String category,
    ItemKind kind,
    int count,
    int target,
    double weeklyPace,
    LocalDate projected,
    boolean onTime) {

  /** True when the target is already met. */
  public boolean met() {
    return count >= target;
  }
}
