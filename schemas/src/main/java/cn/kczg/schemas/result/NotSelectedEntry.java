package cn.kczg.schemas.result;

import cn.kczg.schemas.messages.Messages;

/**
 * An organization that meets every target but is not selected (达标未入选), with why: a row of {@code
 * not_selected.csv}.
 *
 * <p>Example: an enterprise of 衡南县科协 ranked 11th in its channel, which has 10 slots: stage {@link
 * SelectionStage#RECOMMENDATION}, {@code cutBy} "衡南县科协推荐名额", {@code limit} 10, {@code place} 11,
 * and, when the 10th had the same score, {@code tieBreak} saying which order the engine used to put
 * the 10th ahead.
 *
 * @param category 机构类型
 * @param rank its rank within the category's league table
 * @param orgId registry id
 * @param orgName official name
 * @param channel its recommending channel
 * @param completion its completion (1.0 here: it qualifies)
 * @param stage the stage that left it out
 * @param cutBy what cut it, in words: a channel's slots or a category's quota
 * @param limit the number of places that cut it (slots, or the quota plus any tolerance used)
 * @param place its place in the list that was cut (1 = first), past {@code limit}
 * @param tieBreak when it has the same score as the last one taken, the tie-break the engine
 *     applied and how it decided, in words; empty when its score was lower
 */
public record NotSelectedEntry(
    String category,
    int rank,
    String orgId,
    String orgName,
    String channel,
    double completion,
    SelectionStage stage,
    String cutBy,
    int limit,
    int place,
    String tieBreak) {
  public NotSelectedEntry {
    tieBreak = tieBreak == null ? "" : tieBreak;
  }

  /** Why it is not selected, in one sentence for people. */
  public String reason() {
    if (place == 0) {
      return cutBy;
    }
    Messages m = Messages.current();
    String base = m.text("selection.full", cutBy, limit, place);
    return tieBreak.isEmpty()
        ? base + m.text("selection.lower_score")
        : base + m.text("selection.then") + tieBreak;
  }
}
