package cn.kczg.jobs.run;

import cn.kczg.jobs.integrity.Bursts.Burst;
import cn.kczg.jobs.integrity.Finding;
import cn.kczg.jobs.integrity.IntegrityEvidence.DayCount;
import cn.kczg.jobs.integrity.IntegrityReport;
import cn.kczg.jobs.integrity.IntegrityRun;
import cn.kczg.reports.DailyActivity;
import cn.kczg.reports.IntegrityFlag;
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

  /**
   * One flag per finding, ranked in the findings' order (by consequence), plus one per rulebook
   * note.
   */
  public static List<IntegrityFlag> flags(RunResult r) {
    List<IntegrityFlag> out = new ArrayList<>();
    List<Finding> findings = r.integrity().findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      out.add(
          new IntegrityFlag(
              f.check(), f.orgId(), f.sentence(), name(r, f.orgId()), f.evidence(), i + 1));
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
