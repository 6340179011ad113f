/**
 * The {@code scorecard} program type: associations scored by several assessors on a points table
 * (岳市科协〔2023〕16号 附件2), averaged, plus a capped bonus for honours and minus the deductions of each
 * type, then ranked; the "四化" requirements of 二、工作要求 are tracked beside the score.
 *
 * <p>How a total is made, for one association with assessors A and B:
 *
 * <ul>
 *   <li>each category's score is the mean of A's and B's scores for it (shown rounded to 2
 *       decimals); the notice does not say how assessors combine, so the mean is the engine's
 *       assumption ({@code scorecard.combine: mean}), stated in every output's 说明 sheet;
 *   <li>the base score is the mean of the assessors' category sums, rounded once to 2 decimals
 *       half-up (so it can differ by 0.01 from the sum of the rounded category means);
 *   <li>honours, deductions and requirements are facts about the association, not opinions: every
 *       row that fills them must give the same value (a blank cell states nothing); differing
 *       honour or deduction counts are a conflict, and the association is not ranked until the
 *       sheet is corrected; a differing requirement is shown as 填报不一致 and listed;
 *   <li>bonus = min(Σ honours × points per level, cap); deductions = Σ items of every type × points
 *       per item, each type listed on its own (附件2 序号9: 未按要求完成市科协资助的项目任务, 未按时报送总结、报表, 未完成交办的其他工作);
 *       total = base + bonus − deductions (not floored at zero).
 * </ul>
 *
 * <p>Ranking: total descending, then base score descending, then the association's normalized name
 * in code-point order; ranks are 1, 2, 3 … with no shared ranks. An association with a refused row
 * is not ranked (its other assessors alone would silently change its mean); it is listed in the
 * problems instead.
 */
package cn.kczg.jobs.programs.scorecard;
