package cn.kczg.reports.text;

import cn.kczg.schemas.result.OrgProgress;

/**
 * A rank change at a glance: {@code ▲3} moved up three places, {@code ▼2} down two, {@code –}
 * unchanged, {@code 新} new since the previous as-of date.
 */
public final class RankChange {
  /** Shown for an organization that had no rank at the previous as-of date. */
  public static final String NEW = "新";

  private RankChange() {}

  /** The symbol for an organization's rank change. */
  public static String symbol(OrgProgress progress) {
    return symbol(progress.rankInCategory(), progress.previousRank());
  }

  /** The symbol for a move from {@code previous} (null: new) to {@code rank}. */
  public static String symbol(int rank, Integer previous) {
    Integer change = previous == null ? null : previous - rank;
    if (change == null) {
      return NEW;
    }
    if (change == 0) {
      return "–";
    }
    return (change > 0 ? "▲" : "▼") + Math.abs(change);
  }
}
