package cn.kczg.jobs.programs.rankinglists;

import java.util.List;

/**
 * A rule a recommender broke, with the nominations it concerns; this is data, not an error.
 *
 * @param recommender the recommender's name
 * @param rule 超出名额 (over quota), 历年入选 (past winner), 重复推荐 (same candidate twice) or 逾期报送 (late)
 * @param list the list
 * @param field the field, or "" for a list without fields
 * @param quota the recommender's quota there (over quota only, else -1)
 * @param count the nominations that used quota there (over quota only, else the number excluded)
 * @param excluded the nominations left out: the surplus in submission order, or the excluded ones
 * @param explanation how the quota was made up, or why they were excluded
 */
public record Violation(
    String recommender,
    String rule,
    String list,
    String field,
    int quota,
    int count,
    List<Nomination> excluded,
    String explanation) {
  public static final String OVER_QUOTA = "超出名额";
  public static final String PAST_WINNER = "历年入选";
  public static final String DUPLICATE = "重复推荐";
  public static final String LATE = "逾期报送";

  public Violation {
    excluded = List.copyOf(excluded);
  }
}
