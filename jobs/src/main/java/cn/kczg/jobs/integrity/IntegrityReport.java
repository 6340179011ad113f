package cn.kczg.jobs.integrity;

import java.util.List;

/**
 * What the integrity checks of a run found.
 *
 * @param findings every flag, one per organization and finding
 * @param gathered the evidence behind them and the time the checks took
 * @param activity the daily counts over the chart period of every flagged organization
 */
public record IntegrityReport(
    List<Finding> findings,
    IntegrityRun.Gathered gathered,
    List<IntegrityEvidence.DayCount> activity) {
  public IntegrityReport {
    findings = List.copyOf(findings);
    activity = List.copyOf(activity);
  }

  /** The findings, with the daily activity of every organization they flag. */
  public static IntegrityReport of(List<Finding> findings, IntegrityRun.Gathered gathered) {
    return new IntegrityReport(
        findings, gathered, gathered.activityOf(findings.stream().map(Finding::orgId).toList()));
  }

  /** The checks' notes (e.g. an unknown check type that was skipped). */
  public List<String> notes() {
    return gathered.rules().notes();
  }
}
