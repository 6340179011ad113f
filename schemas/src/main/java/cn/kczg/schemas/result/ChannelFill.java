package cn.kczg.schemas.result;

/**
 * How full one recommending channel's quota is: a row of {@code channels.csv}.
 *
 * @param channel 推荐渠道
 * @param slots how many it may recommend
 * @param qualifying its organizations that meet every target
 * @param nearQualifying its organizations close to qualifying (on the reserve list)
 * @param seats seats the chosen apportionment method gives it (equals shortlisted for rank order)
 * @param shortlisted how many it has on the shortlist
 */
public record ChannelFill(
    String channel, int slots, int qualifying, int nearQualifying, int seats, int shortlisted) {
  /** Slots it leaves empty. */
  public int unfilled() {
    return Math.max(0, slots - shortlisted);
  }
}
