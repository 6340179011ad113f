package cn.kczg.reports.summary;

import cn.kczg.reports.IntegrityFlag;
import cn.kczg.reports.ReportModel;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.OrgProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The few figures that decide a week, shown first by the dashboard and the mail: organizations
 * meeting every target and the change since last week, the selection's fill, how many are at risk
 * and how many are only an item or two short, the days to the deadline, the integrity flags on
 * listed organizations and the quarantined rows that block a target.
 *
 * @param model the report
 * @param lagging every organization not meeting all targets, fewest items short first
 */
public record WeekFigures(ReportModel model, List<Lagging> lagging) {
  /** At most this many items short in all counts as "nearly there". */
  public static final int NEARLY_THERE = 2;

  /** The figures of a model. */
  public static WeekFigures of(ReportModel model) {
    return new WeekFigures(model, Lagging.of(model));
  }

  /** Organizations meeting every target now. */
  public int meetingAll() {
    return (int) model.progress().stream().filter(OrgProgress::metAll).count();
  }

  /** The change in organizations meeting every target since last week, or null when unknown. */
  public Integer meetingAllChange() {
    if (model.previousProgress().isEmpty()) {
      return null;
    }
    return meetingAll()
        - (int) model.previousProgress().stream().filter(OrgProgress::metAll).count();
  }

  /** Organizations whose pace misses the deadline. */
  public int atRisk() {
    return (int) lagging.stream().filter(Lagging::atRisk).count();
  }

  /** Organizations at most {@link #NEARLY_THERE} items short, fewest first. */
  public List<Lagging> nearlyThere() {
    return lagging.stream().filter(l -> l.itemsShort() <= NEARLY_THERE).toList();
  }

  /** Organizations exactly one item short. */
  public int oneShort() {
    return (int) lagging.stream().filter(l -> l.itemsShort() == 1).count();
  }

  /** Flagged organizations that are on the shortlist or a channel's list. */
  public int flaggedOnLists() {
    Set<String> flagged = new TreeSet<>();
    model.integrityFlags().stream().map(IntegrityFlag::subject).forEach(flagged::add);
    Set<String> listed = new TreeSet<>();
    model.shortlist().forEach(s -> listed.add(s.orgId()));
    model.channelLists().forEach(l -> l.recommended().forEach(s -> listed.add(s.orgId())));
    flagged.retainAll(listed);
    return flagged.size();
  }

  /** The key figures as cards: value, label, a note, and whether it needs attention. */
  public List<Figure> figures() {
    Messages m = model.messages();
    List<Figure> out = new ArrayList<>();
    Integer change = meetingAllChange();
    out.add(
        new Figure(
            String.valueOf(meetingAll()),
            m.text("week.meeting_all", model.progress().size()),
            change == null ? m.text("week.no_previous") : m.text("week.change", signed(change)),
            false));
    int quotas = model.program().categories().stream().mapToInt(c -> c.quota()).sum();
    out.add(
        new Figure(
            model.shortlist().size() + "/" + quotas,
            m.text("week.selected"),
            m.text(
                "week.recommended",
                model.channelLists().stream().mapToInt(l -> l.recommended().size()).sum()),
            false));
    out.add(
        new Figure(
            String.valueOf(atRisk()),
            m.text("week.at_risk"),
            m.text("week.one_short", oneShort()),
            atRisk() > 0));
    Long days = model.program().daysLeft(model.asOf());
    if (days != null) {
      out.add(
          new Figure(
              String.valueOf(Math.max(0, days)),
              m.text("week.days_left"),
              m.text("week.deadline", m.date(model.program().deadline())),
              days <= 7));
    }
    long flagged = model.integrityFlags().stream().map(IntegrityFlag::subject).distinct().count();
    out.add(
        new Figure(
            String.valueOf(flagged),
            m.text("week.flagged"),
            m.text("week.flagged_listed", flaggedOnLists()),
            flaggedOnLists() > 0));
    QuarantineImpact impact = QuarantineImpact.of(model);
    long blocking = impact.problems().stream().filter(QuarantineImpact.Problem::blocks).count();
    out.add(
        new Figure(
            String.valueOf(impact.problems().size()),
            m.text("week.quarantine"),
            m.text("week.quarantine_blocking", blocking),
            blocking > 0));
    return out;
  }

  /** +3, -2, 0. */
  public static String signed(int n) {
    return n > 0 ? "+" + n : String.valueOf(n);
  }

  /**
   * One key figure.
   *
   * @param value the figure, e.g. {@code 155}
   * @param label what it counts, e.g. 全部达标的机构
   * @param note the change or detail beside it, e.g. 较上周 +7
   * @param alarm true when it needs attention (shown in red)
   */
  public record Figure(String value, String label, String note, boolean alarm) {}
}
