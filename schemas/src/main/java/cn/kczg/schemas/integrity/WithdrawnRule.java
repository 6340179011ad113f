package cn.kczg.schemas.integrity;

import java.util.List;

/**
 * Items counted (published) in one drop and withdrawn in the next drop, and whether that took a
 * target from met to missed.
 *
 * @param enabled whether the check runs
 * @param statuses the 状态 values that mean withdrawn, e.g. 已下架 and 已删除
 * @param minItems flag an organization, kind and drop pair with at least this many withdrawn items;
 *     fewer are flagged only when they took a target from met to missed
 */
public record WithdrawnRule(boolean enabled, List<String> statuses, int minItems)
    implements IntegrityRule {
  /** The check's rulebook name. */
  public static final String CHECK = "withdrawn-after-count";

  public WithdrawnRule {
    statuses = List.copyOf(statuses);
  }

  @Override
  public String check() {
    return CHECK;
  }
}
