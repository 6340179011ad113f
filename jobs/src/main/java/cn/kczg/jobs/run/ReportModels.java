package cn.kczg.jobs.run;

import cn.kczg.jobs.selection.Progress;
import cn.kczg.reports.ForecastRow;
import cn.kczg.reports.OrgContact;
import cn.kczg.reports.Program;
import cn.kczg.reports.QuarantineRow;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.SnapshotDifference;
import cn.kczg.reports.WeeklyTotal;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.result.IndicatorForecast;
import cn.kczg.schemas.result.OrgProgress;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a {@link RunResult} into the reports module's {@link ReportModel}. */
public final class ReportModels {
  private ReportModels() {}

  /** The model of a run. */
  public static ReportModel of(RunResult r) {
    List<QuarantineRow> quarantine =
        r.quarantine().stream()
            .map(
                q ->
                    new QuarantineRow(
                        q.file(), q.line(), q.reason(), q.detail(), q.raw(), q.suggestions()))
            .toList();
    List<SnapshotDifference> differences =
        r.snapshotDifferences().stream()
            .map(
                d ->
                    new SnapshotDifference(
                        d.orgId(),
                        d.orgName(),
                        d.kind(),
                        (int) d.itemCount(),
                        (int) d.snapshotCount()))
            .toList();
    return ReportModel.of(
            Program.of(r.rulebook()),
            r.asOf(),
            r.previous(),
            r.progress(),
            r.selection().shortlist(),
            r.selection().channels(),
            r.selection().reserve())
        .withContacts(contacts(r.organizations()))
        .withQuarantine(quarantine)
        .withDifferences(differences)
        .withWeeklyTotals(
            r.weeklyTotals().entrySet().stream()
                .map(e -> new WeeklyTotal(e.getKey(), e.getValue()))
                .toList())
        .withForecasts(forecasts(r))
        .withPreviousProgress(previousProgress(r))
        .withChannelStandings(r.channelStandings())
        .withIndicatorForecasts(r.forecasts())
        .withIntegrityFlags(IntegrityModels.flags(r))
        .withSelectionStages(r.selection().recommendations(), r.selection().notSelected());
  }

  /**
   * Every organization as of the previous drop, measured against today's targets, so "meeting all
   * targets" last week and this week compare like with like. Ranks are the previous ones.
   */
  static List<OrgProgress> previousProgress(RunResult r) {
    Map<String, IndicatorCounts> counts =
        r.previous() == null ? null : r.history().get(r.previous());
    if (counts == null) {
      return List.of();
    }
    List<OrgProgress> out = new ArrayList<>();
    for (OrgProgress p : r.progress()) {
      IndicatorCounts c = zeroIfNull(counts.get(p.orgId()));
      double completion = Progress.completion(c, p.targets());
      boolean metAll =
          java.util.Arrays.stream(ItemKind.values()).allMatch(k -> c.get(k) >= p.targets().get(k));
      int rank = p.previousRank() == null ? 0 : p.previousRank();
      out.add(
          new OrgProgress(
              p.orgId(),
              p.orgName(),
              p.category(),
              p.level(),
              p.region(),
              p.channel(),
              c,
              p.targets(),
              metAll,
              completion,
              completion,
              rank,
              null));
    }
    return out;
  }

  private static Map<String, OrgContact> contacts(Map<String, Organization> orgs) {
    Map<String, OrgContact> out = new LinkedHashMap<>();
    orgs.values()
        .forEach(
            o ->
                out.put(
                    o.orgId(),
                    new OrgContact(
                        o.orgId(),
                        o.leader(),
                        o.profile().leaderTitle(),
                        o.contact(),
                        o.phone(),
                        o.joined(),
                        o.profile().introduction(),
                        o.associationFounded(),
                        OrgContact.officersText(o.profile().officers()))));
    return out;
  }

  /**
   * One row per organization that does not meet every target: where its pace takes it by the
   * deadline.
   */
  static List<ForecastRow> forecasts(RunResult r) {
    Map<String, List<IndicatorForecast>> byOrg =
        r.forecasts().stream()
            .collect(
                Collectors.groupingBy(
                    IndicatorForecast::orgId, LinkedHashMap::new, Collectors.toList()));
    LocalDate deadline = r.rulebook().deadline() == null ? r.asOf() : r.rulebook().deadline();
    double weeks = Math.max(0, ChronoUnit.DAYS.between(r.asOf(), deadline)) / 7.0;
    List<ForecastRow> out = new ArrayList<>();
    for (OrgProgress p : r.progress()) {
      List<IndicatorForecast> f = byOrg.getOrDefault(p.orgId(), List.of());
      if (p.metAll() || f.isEmpty()) {
        continue;
      }
      double projected = 0;
      LocalDate meets = null;
      boolean never = false;
      List<String> late = new ArrayList<>();
      for (IndicatorForecast k : f) {
        projected += Math.min(1.0, (k.count() + k.weeklyPace() * weeks) / k.target());
        if (!k.met()) {
          never |= k.projected() == null;
          meets =
              k.projected() == null || (meets != null && meets.isAfter(k.projected()))
                  ? meets
                  : k.projected();
          if (!k.onTime()) {
            late.add(
                k.kind().label()
                    + " "
                    + k.count()
                    + "/"
                    + k.target()
                    + " at "
                    + String.format(java.util.Locale.ROOT, "%.1f", k.weeklyPace())
                    + "/week"
                    + (k.projected() == null ? ", no progress" : " → " + k.projected()));
          }
        }
      }
      String note = late.isEmpty() ? "on track" : "at risk: " + String.join("; ", late);
      out.add(
          new ForecastRow(
              p.orgId(),
              p.orgName(),
              p.category(),
              p.completion(),
              projected / f.size(),
              never ? null : meets,
              note));
    }
    return out;
  }

  static IndicatorCounts zeroIfNull(IndicatorCounts c) {
    return c == null ? IndicatorCounts.zero() : c;
  }
}
