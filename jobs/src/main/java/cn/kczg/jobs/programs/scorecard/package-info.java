/**
 * The {@code scorecard} program type: associations scored by several assessors on a points table
 * (岳市科协〔2023〕16号 附件2), averaged, plus a capped bonus for honours and minus a deduction per
 * unfinished item, then ranked.
 *
 * <p>How a total is made, for one association with assessors A and B:
 *
 * <ul>
 *   <li>each category's score is the mean of A's and B's scores for it (shown rounded to 2
 *       decimals);
 *   <li>the base score is the mean of the assessors' category sums, rounded once to 2 decimals
 *       half-up (so it can differ by 0.01 from the sum of the rounded category means);
 *   <li>honours and deductions are facts about the association, not opinions: every row that fills
 *       them must give the same counts (a blank cell states nothing); differing counts are a
 *       conflict, and the association is not ranked until the sheet is corrected;
 *   <li>bonus = min(Σ honours × points per level, cap); deductions = items × points per item; total
 *       = base + bonus − deductions (not floored at zero).
 * </ul>
 *
 * <p>Ranking: total descending, then base score descending, then the association's normalized name
 * in code-point order; ranks are 1, 2, 3 … with no shared ranks. An association with a refused row
 * is not ranked (its other assessors alone would silently change its mean); it is listed in the
 * problems instead.
 */
package cn.kczg.jobs.programs.scorecard;
