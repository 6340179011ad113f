/**
 * The {@code ranking-nominations} program type: checks the nominations a recommender submits to
 * ranking lists (2023年"科创中国"系列榜单, 科协办函创字〔2023〕78号) against the per-recommender quotas, the past
 * winners and the deadlines, routes each clean nomination to its list's first-round reviewer
 * (初评机构), and fills the annex for it.
 *
 * <p>Quota of recommender R for list L (and, for a list with fields, for each field): L's quota ×
 * the number of R's known channels (when {@code channels_add_up}; else × 1 when R has any), plus
 * the pioneer quota when R is a previous year's pioneer and L is the pioneer's list. A recommender
 * is a pioneer only when the past-winners list holds it on the pioneer list in the pioneer year; a
 * declared pioneer the list does not hold is listed and gets no pioneer quota. Example: a
 * recommender that is both 全国学会 and 中央企业科协 may put 2 × 5 = 10 on 新锐企业榜; a verified 2022 pioneer
 * alone may put 1 on 技术经理人先锋榜 and none elsewhere.
 *
 * <p>Which nominations are left out: nominations are taken in submission order (the 序号 column, then
 * the line in the file when 序号 is absent or equal). A nomination submitted after the deadline
 * marked {@code submissions} is late (逾期报送); a past winner (matched by normalized candidate name,
 * on any list) and a repeat of the same candidate by the same recommender on the same list are
 * excluded; none of these uses quota. Within each (recommender, list, field) the first ones up to
 * the quota are kept, the later ones are the surplus.
 *
 * <p>A recommender's channels are read from its rows; rows that disagree are a problem, and only
 * the channels common to all its rows count (the cautious reading). An unknown channel is a problem
 * and adds no quota.
 */
package cn.kczg.jobs.programs.rankinglists;
