package cn.kczg.schemas.result;

import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;

/**
 * One organization's figures as of a date under one program: what it has published, what it must
 * reach, and where that puts it. A row of {@code progress.csv}.
 *
 * @param orgId registry id
 * @param orgName official name
 * @param category 机构类型
 * @param level 办学层次 (universities), else empty
 * @param region 所属县市区
 * @param channel 推荐渠道
 * @param counts published items per kind as of the date
 * @param targets the program's targets for this organization's category and level
 * @param metAll every target met
 * @param completion mean over the kinds of min(count / target, 1)
 * @param score the program's ranking score
 * @param rankInCategory 1-based rank within the category (score, completion, total, org id)
 * @param previousRank rank at the previous as-of date with data, or null when new
 */
public record OrgProgress(
    String orgId,
    String orgName,
    String category,
    String level,
    String region,
    String channel,
    IndicatorCounts counts,
    IndicatorCounts targets,
    boolean metAll,
    double completion,
    double score,
    int rankInCategory,
    Integer previousRank) {

  /** Items still missing for one kind (0 when met). */
  public int shortBy(ItemKind kind) {
    return Math.max(0, targets.get(kind) - counts.get(kind));
  }

  /** True when the kind's target is met. */
  public boolean met(ItemKind kind) {
    return counts.get(kind) >= targets.get(kind);
  }

  /** Sum of published items over the five kinds. */
  public int total() {
    return counts.total();
  }

  /** Rank change since the previous as-of (positive = moved up), or null when new. */
  public Integer rankChange() {
    return previousRank == null ? null : previousRank - rankInCategory;
  }

  /** A copy with the rank fields set. */
  public OrgProgress withRanks(int rank, Integer previous) {
    return new OrgProgress(
        orgId,
        orgName,
        category,
        level,
        region,
        channel,
        counts,
        targets,
        metAll,
        completion,
        score,
        rank,
        previous);
  }
}
