/**
 * Integrity flags for reviewers: duplicate experts, padded titles, upload bursts and withdrawals
 * after a count. {@link cn.kczg.jobs.integrity.IntegrityQuery} does the item-level work in Spark
 * and returns only small evidence rows ({@link cn.kczg.jobs.integrity.IntegrityEvidence}); the
 * thresholds, who is one person, which titles are copies rather than issues of a series, the policy
 * adjustments, the one-sentence explanations and the order of the flags by consequence are plain
 * Java ({@link cn.kczg.jobs.integrity.RobustStats}, {@link cn.kczg.jobs.integrity.Bursts}, {@link
 * cn.kczg.jobs.integrity.ExpertIdentity}, {@link cn.kczg.jobs.integrity.TitleSeries}, {@link
 * cn.kczg.jobs.integrity.Findings}, {@link cn.kczg.jobs.integrity.Sentences}) and are tested
 * without Spark. A flag never changes a count unless the rulebook's policy keys say so.
 */
package cn.kczg.jobs.integrity;
