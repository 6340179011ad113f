package cn.kczg.jobs.run;

import cn.kczg.jobs.metrics.AsOfCounts;
import cn.kczg.jobs.selection.Selection;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.QuarantineRow;
import cn.kczg.schemas.result.SnapshotDifference;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of an indicator-targets program computed, before it is written out.
 *
 * @param rulebook the program
 * @param asOf the date figures are computed for
 * @param dataDate the newest drop on or before {@code asOf}
 * @param previous the drop before it (rank change is measured against it), or null
 * @param progress ranked progress rows, by category then rank
 * @param selection shortlist, channel fills, reserve and notes
 * @param organizations the registry in force, by org id
 * @param weeklyTotals city-wide published totals at each drop date up to {@code asOf}
 * @param unknownOrgs item names no organization claims
 * @param problems registry problems (unknown category, missing level)
 * @param history each organization's counts at each drop date (for forecasts and trends)
 * @param quarantine rows the run could not use (ingest-time refusals of drops up to {@code asOf},
 *     and rows of unknown organizations with suggestions), by file and line
 * @param snapshotDifferences where count snapshots disagree with the item exports (which win)
 * @param forecasts each organization's projection per indicator
 * @param channelStandings league tables per recommending channel, with rank change
 * @param integrity the integrity flags and their evidence
 * @param stored completes when the run's rows are in {@code org_counts} and {@code org_metrics}
 *     (see {@link ProgramRun#overlappingStores})
 */
public record RunResult(
    Rulebook rulebook,
    LocalDate asOf,
    LocalDate dataDate,
    LocalDate previous,
    List<OrgProgress> progress,
    Selection selection,
    Map<String, Organization> organizations,
    Map<LocalDate, IndicatorCounts> weeklyTotals,
    List<AsOfCounts.UnknownOrg> unknownOrgs,
    List<String> problems,
    Map<LocalDate, Map<String, IndicatorCounts>> history,
    List<QuarantineRow> quarantine,
    List<SnapshotDifference> snapshotDifferences,
    List<cn.kczg.schemas.result.IndicatorForecast> forecasts,
    List<cn.kczg.schemas.result.ChannelStanding> channelStandings,
    cn.kczg.jobs.integrity.IntegrityReport integrity,
    java.util.concurrent.CompletableFuture<Void> stored) {

  /** Waits until the run's rows are stored; rethrows what failed there. */
  public void awaitStored() {
    joined(stored);
  }

  /** The future's value; what failed there is rethrown as it was thrown. */
  static <T> T joined(java.util.concurrent.CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
