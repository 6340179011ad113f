package cn.kczg.jobs.run;

import cn.kczg.jobs.selection.Progress;
import cn.kczg.reports.ForecastRow;
import cn.kczg.reports.OrgContact;
import cn.kczg.reports.Program;
import cn.kczg.reports.QuarantineRow;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.SnapshotDifference;
import cn.kczg.reports.WeeklyStanding;
import cn.kczg.reports.WeeklyTotal;
import cn.kczg.schemas.messages.Messages;
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

  /**
   * The model of a run, in the process's language; quarantined rows are matched to organizations by
   * the registry alone (no aliases, kinds from the built-in sources' ids).
   */
  public static ReportModel of(RunResult r) {
    return of(r, QuarantineTargets.byRegistry(r));
  }

  /**
   * The model of a run, in the process's language, each quarantined row with the organization and
   * indicator it would count for ({@link QuarantineTargets}).
   */
  public static ReportModel of(RunResult r, QuarantineTargets targets) {
    List<QuarantineRow> quarantine = r.quarantine().stream().map(targets::target).toList();
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
        .withSelectionStages(r.selection().recommendations(), r.selection().notSelected())
        .withWeeklyStandings(weeklyStandings(r));
  }

  /**
   * Which organizations met every target at each drop date up to the as-of date, measured against
   * today's targets; the as-of date itself as the progress rows say (policy adjustments included).
   */
  static List<WeeklyStanding> weeklyStandings(RunResult r) {
    List<WeeklyStanding> out = new ArrayList<>();
    new java.util.TreeMap<>(r.history())
        .forEach(
            (date, counts) -> {
              if (date.isBefore(r.asOf())) {
                List<String> met =
                    r.progress().stream()
                        .filter(p -> meetsAll(zeroIfNull(counts.get(p.orgId())), p.targets()))
                        .map(OrgProgress::orgId)
                        .toList();
                out.add(new WeeklyStanding(date, met));
              }
            });
    out.add(
        new WeeklyStanding(
            r.asOf(),
            r.progress().stream().filter(OrgProgress::metAll).map(OrgProgress::orgId).toList()));
    return out;
  }

  private static boolean meetsAll(IndicatorCounts counts, IndicatorCounts targets) {
    return java.util.Arrays.stream(ItemKind.values())
        .allMatch(k -> counts.get(k) >= targets.get(k));
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
      Messages m = Messages.current();
      for (IndicatorForecast k : f) {
        projected += Math.min(1.0, (k.count() + k.weeklyPace() * weeks) / k.target());
        if (!k.met()) {
          never |= k.projected() == null;
          meets =
              k.projected() == null || (meets != null && meets.isAfter(k.projected()))
                  ? meets
                  : k.projected();
          if (!k.onTime()) {
            String pace = String.format(java.util.Locale.ROOT, "%.1f", k.weeklyPace());
            late.add(
                k.projected() == null
                    ? m.text(
                        "forecast.late_no_progress", m.kind(k.kind()), k.count(), k.target(), pace)
                    : m.text(
                        "forecast.late",
                        m.kind(k.kind()),
                        k.count(),
                        k.target(),
                        pace,
                        k.projected().toString()));
          }
        }
      }
      String note =
          late.isEmpty()
              ? m.text("forecast.on_track")
              : m.text("forecast.at_risk", String.join(m.text("forecast.separator"), late));
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
