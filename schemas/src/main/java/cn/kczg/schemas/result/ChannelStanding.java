package cn.kczg.schemas.result;

/**
 * An organization's place in its recommending channel's league table (same order as the category
 * tables), with its place at the previous as-of.
 *
 * @param channel 推荐渠道
 * @param category 机构类型 (a channel's table is per category)
 * @param rank 1-based rank within (channel, category)
 * @param orgId registry id
 * @param previousRank rank at the previous as-of with data, or null when new
 */
public record ChannelStanding(
    String channel, String category, int rank, String orgId, Integer previousRank) {}
