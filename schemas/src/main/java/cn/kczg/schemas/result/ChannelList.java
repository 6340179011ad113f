package cn.kczg.schemas.result;

import java.util.List;

/**
 * Stage 1 of a selection for one recommending channel: its recommendation list (what its 附件3 推荐汇总表
 * lists) and, when it has fewer qualifying organizations than slots, its nearest candidates for the
 * unfilled slots with what each still lacks.
 *
 * <p>Example: 南岳区科协 with 10 slots and 3 qualifying enterprises: {@code recommended} holds the 3,
 * best first; {@code unfilled()} is 7 and {@code nearest} the (at most 7) closest enterprises of
 * 南岳区 that miss a target.
 *
 * @param channel 推荐渠道
 * @param slots how many it may recommend
 * @param recommended its recommended organizations, best first (never more than {@code slots})
 * @param nearest its closest non-qualifying organizations, best first, at most one per unfilled
 *     slot
 */
public record ChannelList(
    String channel, int slots, List<ShortlistEntry> recommended, List<ReserveEntry> nearest) {
  public ChannelList {
    recommended = List.copyOf(recommended);
    nearest = List.copyOf(nearest);
  }

  /** Slots the list leaves empty. */
  public int unfilled() {
    return Math.max(0, slots - recommended.size());
  }

  /** True when its list depends on a tie-break at its last slot. */
  public boolean tieBroken() {
    return recommended.stream().anyMatch(e -> !e.tieBreak().isEmpty());
  }
}
