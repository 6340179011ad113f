package cn.kczg.schemas.result;

/**
 * One organization on the candidate shortlist: a row of {@code shortlist.csv}.
 *
 * @param category 机构类型
 * @param rank its rank within the category's league table
 * @param orgId registry id
 * @param orgName official name
 * @param channel the recommending channel whose slot it takes
 * @param completion its completion (1.0: every target met)
 */
public record ShortlistEntry(
    String category, int rank, String orgId, String orgName, String channel, double completion) {}
