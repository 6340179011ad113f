/**
 * The {@code indicator-targets} program type as a plug-in: a thin adapter over {@link
 * cn.kczg.jobs.run.ProgramRun}, which counts the warehouse's items per organization and selects
 * against the rulebook's targets and quotas. It declares the warehouse as its input, so the CLI and
 * {@code kczg serve} run it under the warehouse lock, with its manifest; the run's inside
 * (counting, selection, forecast, report model) is {@code jobs/run}'s.
 */
package cn.kczg.jobs.programs.indicatortargets;
