package cn.kczg.reports.text;

import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.OrgProgress;

/**
 * A rank change at a glance: {@code ▲3} moved up three places, {@code ▼2} down two, {@code –}
 * unchanged, {@code 新} (English: {@code new}) new since the previous as-of date.
 */
public final class RankChange {
  private RankChange() {}

  /** The symbol for an organization's rank change. */
  public static String symbol(Messages m, OrgProgress progress) {
    return symbol(m, progress.rankInCategory(), progress.previousRank());
  }

  /** The symbol for a move from {@code previous} (null: new) to {@code rank}. */
  public static String symbol(Messages m, int rank, Integer previous) {
    Integer change = previous == null ? null : previous - rank;
    if (change == null) {
      return m.text("rank.new");
    }
    if (change == 0) {
      return "–";
    }
    return (change > 0 ? "▲" : "▼") + Math.abs(change);
  }
}
