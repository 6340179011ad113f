package cn.kczg.schemas.result;

/**
 * How full one recommending channel's slots are: a row of {@code channels.csv}.
 *
 * @param channel 推荐渠道
 * @param slots how many it may recommend (stage 1)
 * @param qualifying its organizations that meet every target
 * @param nearQualifying its organizations close to qualifying (on the reserve list)
 * @param seats seats the chosen apportionment method gives it in the city's selection (equals
 *     shortlisted for rank order)
 * @param shortlisted how many of its organizations the city selects (stage 2)
 * @param recommended how many it recommends (stage 1): min(slots, qualifying)
 */
public record ChannelFill(
    String channel,
    int slots,
    int qualifying,
    int nearQualifying,
    int seats,
    int shortlisted,
    int recommended) {

  /** A fill whose recommendation list is its shortlisted organizations. */
  public ChannelFill(
      String channel, int slots, int qualifying, int nearQualifying, int seats, int shortlisted) {
    this(channel, slots, qualifying, nearQualifying, seats, shortlisted, shortlisted);
  }

  /** Slots its recommendation list leaves empty. */
  public int unfilled() {
    return Math.max(0, slots - recommended);
  }
}
