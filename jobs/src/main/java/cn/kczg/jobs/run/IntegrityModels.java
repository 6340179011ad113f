package cn.kczg.jobs.run;

import cn.kczg.jobs.integrity.Bursts.Burst;
import cn.kczg.jobs.integrity.Finding;
import cn.kczg.jobs.integrity.IntegrityEvidence.DayCount;
import cn.kczg.jobs.integrity.IntegrityReport;
import cn.kczg.jobs.integrity.IntegrityRun;
import cn.kczg.reports.DailyActivity;
import cn.kczg.reports.IntegrityFlag;
import cn.kczg.reports.chart.ActivityChart;
import cn.kczg.reports.text.FileNames;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.Organization;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a run's integrity findings into the reports module's flags and activity charts. */
public final class IntegrityModels {
  /** The subject of a rulebook note (e.g. an unknown check type that was skipped). */
  public static final String RULEBOOK_NOTE = "rulebook-note";

  private IntegrityModels() {}

  /** One flag per finding, plus one per rulebook note. */
  public static List<IntegrityFlag> flags(RunResult r) {
    List<IntegrityFlag> out = new ArrayList<>();
    java.util.Set<String> drawn = new java.util.HashSet<>(chartedOrgs(r));
    for (Finding f : r.integrity().findings()) {
      out.add(
          new IntegrityFlag(
              f.check(),
              f.orgId(),
              f.sentence(),
              name(r, f.orgId()),
              f.evidence(),
              drawn.contains(f.orgId())
                  ? ActivityChart.FOLDER + "/" + FileNames.safe(f.orgId()) + ".png"
                  : "kczg chart " + f.orgId() + " --as-of " + r.asOf()));
    }
    r.integrity()
        .notes()
        .forEach(n -> out.add(new IntegrityFlag(RULEBOOK_NOTE, r.rulebook().id(), n)));
    return out;
  }

  /**
   * The daily activity of every flagged organization over the chart period ending at the as-of
   * date.
   */
  public static List<DailyActivity> activities(RunResult r) {
    IntegrityReport report = r.integrity();
    Map<String, Map<LocalDate, IndicatorCounts>> byOrg = new TreeMap<>();
    report.findings().forEach(f -> byOrg.putIfAbsent(f.orgId(), new TreeMap<>()));
    for (DayCount d : report.gathered().activity()) {
      Map<LocalDate, IndicatorCounts> days = byOrg.get(d.orgId());
      if (days != null) {
        IndicatorCounts c = days.getOrDefault(d.day(), IndicatorCounts.zero());
        days.put(d.day(), c.with(d.kind(), c.get(d.kind()) + d.count()));
      }
    }
    LocalDate from = r.asOf().minusDays(IntegrityRun.ACTIVITY_DAYS - 1);
    List<DailyActivity> out = new ArrayList<>();
    byOrg.forEach(
        (org, days) ->
            out.add(
                DailyActivity.of(org, name(r, org), from, r.asOf(), days, marked(report, org))));
    return out;
  }

  /**
   * The daily activity of the flagged organizations people look at, whose charts a run draws:
   * shortlisted, recommended by a channel, in the reserve, or among the first {@code
   * top_in_category} of their category, at most {@code at_most} (the rulebook's {@code
   * activity_charts}), in that order.
   */
  public static List<DailyActivity> charted(RunResult r) {
    java.util.Set<String> wanted = new java.util.HashSet<>(chartedOrgs(r));
    return activities(r).stream().filter(a -> wanted.contains(a.orgId())).toList();
  }

  /** The organizations of {@link #charted}, in the order they were chosen. */
  static List<String> chartedOrgs(RunResult r) {
    Map<?, ?> rule =
        r.rulebook().sections().get("activity_charts") instanceof Map<?, ?> m ? m : Map.of();
    int top = ((Number) ((Map<Object, Object>) rule).getOrDefault("top_in_category", 20)).intValue();
    int most = ((Number) ((Map<Object, Object>) rule).getOrDefault("at_most", 200)).intValue();
    java.util.Set<String> flagged = new java.util.HashSet<>();
    r.integrity().findings().forEach(f -> flagged.add(f.orgId()));
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    r.selection().shortlist().forEach(s -> out.add(s.orgId()));
    r.selection().recommendations().forEach(c -> c.recommended().forEach(s -> out.add(s.orgId())));
    r.selection().reserve().forEach(s -> out.add(s.orgId()));
    r.progress().stream()
        .filter(p -> p.rankInCategory() <= top)
        .sorted(
            java.util.Comparator.comparingInt(OrgProgress::rankInCategory)
                .thenComparing(OrgProgress::category))
        .forEach(p -> out.add(p.orgId()));
    return out.stream().filter(flagged::contains).limit(Math.max(0, most)).toList();
  }

  /** The chart of one organization, drawn on demand from its daily counts. */
  public static DailyActivity activity(
      String orgId, String orgName, LocalDate asOf, IntegrityRun.Activity a) {
    Map<LocalDate, IndicatorCounts> days = new TreeMap<>();
    for (DayCount d : a.days()) {
      IndicatorCounts c = days.getOrDefault(d.day(), IndicatorCounts.zero());
      days.put(d.day(), c.with(d.kind(), c.get(d.kind()) + d.count()));
    }
    return DailyActivity.of(
        orgId, orgName, asOf.minusDays(IntegrityRun.ACTIVITY_DAYS - 1), asOf, days, a.marked());
  }

  private static List<LocalDate> marked(IntegrityReport report, String orgId) {
    return report.gathered().bursts().stream()
        .filter(b -> b.orgId().equals(orgId))
        .map(Burst::day)
        .distinct()
        .sorted()
        .toList();
  }

  private static String name(RunResult r, String orgId) {
    Organization o = r.organizations().get(orgId);
    return o == null ? orgId : o.name();
  }
}
