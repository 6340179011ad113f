package cn.kczg.jobs.integrity;

import cn.kczg.schemas.model.ItemKind;
import java.util.Comparator;

/**
 * One integrity flag on one organization.
 *
 * @param orgId the organization
 * @param check the check's rulebook name, e.g. {@code burst}
 * @param kind the indicator it concerns
 * @param sentence what was found, in one sentence a reviewer understands
 * @param evidence the item ids, dates and figures behind it
 * @param consequence what the flagged items do to the target
 * @param strength how strong the evidence is, 0 the strongest (a duplicate expert matched on an
 *     identifier before one matched on name only; the other checks 0)
 * @param items how many items the flag concerns
 * @param target the organization's target of the kind
 */
public record Finding(
    String orgId,
    String check,
    ItemKind kind,
    String sentence,
    String evidence,
    Consequence consequence,
    int strength,
    int items,
    int target) {

  /** What flagged items do to a target, in the order a reviewer reads flags. */
  public enum Consequence {
    /** The target is met, as of the run's date, only because of them. */
    DECISIVE,
    /** Their withdrawal took the target from met to missed at a drop. */
    LOST,
    /** The target is met with or without them. */
    MET_EITHER_WAY,
    /** The target is missed with or without them. */
    NOT_MET;

    /** The consequence of items whose count is {@code with} with them, {@code without} without. */
    public static Consequence of(int with, int without, int target) {
      if (with >= target && without < target) {
        return DECISIVE;
      }
      return without >= target ? MET_EITHER_WAY : NOT_MET;
    }
  }

  /**
   * Flags by consequence: first those whose target is met only because of the flagged items, then
   * withdrawals that lost a target, then those of targets met either way, then the rest; within
   * each the stronger evidence, then the larger share of the target, then organization, check, kind
   * and sentence (so the same findings always come in the same order).
   */
  public static final Comparator<Finding> BY_CONSEQUENCE =
      Comparator.comparing(Finding::consequence)
          .thenComparingInt(Finding::strength)
          .thenComparing(Comparator.comparingDouble(Finding::share).reversed())
          .thenComparing(Finding::orgId)
          .thenComparing(Finding::check)
          .thenComparing(Finding::kind)
          .thenComparing(Finding::sentence);

  /** Whether a target is met only because of the flagged items (or was lost because of them). */
  public boolean decisive() {
    return consequence == Consequence.DECISIVE || consequence == Consequence.LOST;
  }

  /** The flagged items as a share of the target (their count when the target is 0). */
  public double share() {
    return target <= 0 ? items : (double) items / target;
  }
}
