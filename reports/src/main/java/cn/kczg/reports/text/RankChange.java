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
    Integer change = progress.rankChange();
    if (change == null) {
      return NEW;
    }
    if (change == 0) {
      return "–";
    }
    return (change > 0 ? "▲" : "▼") + Math.abs(change);
  }
}
