package cn.kczg.jobs.integrity;

import java.util.List;

/**
 * What the integrity checks of a run found.
 *
 * @param findings every flag, one per organization and finding
 * @param gathered the evidence behind them, the daily activity of flagged organizations and the
 *     time the checks took
 */
public record IntegrityReport(List<Finding> findings, IntegrityRun.Gathered gathered) {
  public IntegrityReport {
    findings = List.copyOf(findings);
  }

  /** The checks' notes (e.g. an unknown check type that was skipped). */
  public List<String> notes() {
    return gathered.rules().notes();
  }
}
