package cn.kczg.schemas.result;

/**
 * One organization on a list of the selection: the city's selection (a row of {@code
 * shortlist.csv}) or a channel's recommendation list.
 *
 * @param category 机构类型
 * @param rank its rank within the category's league table
 * @param orgId registry id
 * @param orgName official name
 * @param channel the recommending channel whose slot it takes
 * @param completion its completion (1.0: every target met)
 * @param tieBreak when its place depended on a tie-break the engine adds beyond the notice (an
 *     organization left off the same list has the same score), which one and how, in words;
 *     otherwise empty
 */
public record ShortlistEntry(
    String category,
    int rank,
    String orgId,
    String orgName,
    String channel,
    double completion,
    String tieBreak) {
  public ShortlistEntry {
    tieBreak = tieBreak == null ? "" : tieBreak;
  }

  /** An entry whose place no tie-break decided. */
  public ShortlistEntry(
      String category, int rank, String orgId, String orgName, String channel, double completion) {
    this(category, rank, orgId, orgName, channel, completion, "");
  }

  /** A copy saying which tie-break decided its place. */
  public ShortlistEntry withTieBreak(String text) {
    return new ShortlistEntry(category, rank, orgId, orgName, channel, completion, text);
  }
}
