package cn.kczg.jobs.integrity;

import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.result.OrgProgress;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a flag's sentence cites, by org id.
 *
 * @param official the counts at the as-of date as the reports show them (after any policy)
 * @param targets each organization's targets
 * @param names each organization's name
 * @param history the unadjusted counts at each drop date
 * @param applied the policy deductions already in {@code official}
 */
public record Figures(
    Map<String, IndicatorCounts> official,
    Map<String, IndicatorCounts> targets,
    Map<String, String> names,
    Map<LocalDate, Map<String, IndicatorCounts>> history,
    Adjustments applied) {

  /** The figures of a run's progress rows (official counts, targets, names). */
  public static Figures of(
      List<OrgProgress> progress,
      Map<LocalDate, Map<String, IndicatorCounts>> history,
      Adjustments applied) {
    Map<String, IndicatorCounts> official = new HashMap<>();
    Map<String, IndicatorCounts> targets = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (OrgProgress p : progress) {
      official.put(p.orgId(), p.counts());
      targets.put(p.orgId(), p.targets());
      names.put(p.orgId(), p.orgName());
    }
    return new Figures(official, targets, names, history, applied);
  }

  /** The official count. */
  public int official(String orgId, ItemKind kind) {
    return official.getOrDefault(orgId, IndicatorCounts.zero()).get(kind);
  }

  /** The count before the policy deductions. */
  public int unadjusted(String orgId, ItemKind kind) {
    return official(orgId, kind) + applied.deduction(orgId, kind);
  }

  /** The target. */
  public int target(String orgId, ItemKind kind) {
    return targets.getOrDefault(orgId, IndicatorCounts.zero()).get(kind);
  }

  /** The unadjusted count at a drop date. */
  public int at(LocalDate date, String orgId, ItemKind kind) {
    return history
        .getOrDefault(date, Map.of())
        .getOrDefault(orgId, IndicatorCounts.zero())
        .get(kind);
  }

  /** The organization's name, or its id when unknown. */
  public String name(String orgId) {
    return names.getOrDefault(orgId, orgId);
  }
}
