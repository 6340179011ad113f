package cn.kczg.reports.html;

import cn.kczg.reports.IntegrityFlag;
import cn.kczg.reports.QuarantineRow;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.summary.Lagging;
import cn.kczg.reports.summary.QuarantineImpact;
import cn.kczg.reports.summary.WeekFigures;
import cn.kczg.reports.text.QuarantineText;
import cn.kczg.reports.text.Shortfall;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.OrgProgress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's sections that point at what to do this week: the key figures with their change
 * and the organizations a few items short, the integrity flags (each with its sentence and activity
 * chart), and the quarantine grouped by problem, each saying which organization and target its row
 * blocks and what fixing it changes.
 */
final class DecisionSections {
  /** How many nearly-qualifying organizations the week's section names. */
  static final int NEAR_SHOWN = 20;

  private DecisionSections() {}

  /** 本周要点: the figures that decide the week, then who is one or two items short. */
  static void week(StringBuilder h, ReportModel model) {
    Messages m = model.messages();
    WeekFigures w = WeekFigures.of(model);
    h.append("<section id=\"week\"><h2>")
        .append(HtmlText.escape(m.text("html.week.title")))
        .append("</h2><div class=\"cards\">");
    for (WeekFigures.Figure f : w.figures()) {
      h.append("<div class=\"card")
          .append(f.alarm() ? " alarm" : "")
          .append("\"><div class=\"big\">")
          .append(HtmlText.escape(f.value()))
          .append("</div><div>")
          .append(HtmlText.escape(f.label()))
          .append("</div><div class=\"note\">")
          .append(HtmlText.escape(f.note()))
          .append("</div></div>");
    }
    h.append("</div>\n");
    List<Lagging> near = w.nearlyThere();
    if (!near.isEmpty()) {
      h.append("<h3>")
          .append(HtmlText.escape(m.text("html.week.near", near.size())))
          .append("</h3>");
      HtmlTable t =
          HtmlTable.sortable(
              h,
              "near-table",
              List.of(
                  m.text("column.org_name"),
                  m.text("column.category"),
                  m.text("column.channel"),
                  m.text("column.lacking"),
                  m.text("column.at_risk")));
      for (Lagging l : near.stream().limit(NEAR_SHOWN).toList()) {
        OrgProgress p = l.progress();
        t.row(p.category(), p.channel()).input(p.orgName()).input(p.category()).input(p.channel());
        t.text(Shortfall.describe(m, l.missing()), "unmet");
        t.text(
            l.forecasts().isEmpty() ? "" : m.text(l.atRisk() ? "risk.at_risk" : "risk.on_time"),
            l.atRisk() ? "unmet" : null);
        t.end();
      }
      t.close();
    }
    h.append("</section>\n");
  }

  /** 诚信提示: every flag with the organization, its sentence and its activity chart. */
  static void integrity(StringBuilder h, ReportModel model) {
    Messages m = model.messages();
    Map<String, OrgProgress> orgs = byId(model);
    Set<String> listed = listed(model);
    List<IntegrityFlag> flags = new ArrayList<>(model.integrityFlags());
    flags.sort(Comparator.comparing((IntegrityFlag f) -> !listed.contains(f.subject())));
    long subjects = flags.stream().map(IntegrityFlag::subject).distinct().count();
    long onLists =
        flags.stream().map(IntegrityFlag::subject).filter(listed::contains).distinct().count();
    h.append("<section id=\"integrity\"><h2>")
        .append(HtmlText.escape(m.text("html.integrity.title", flags.size(), subjects, onLists)))
        .append("</h2><p>")
        .append(HtmlText.escape(m.text("html.integrity.about")))
        .append("</p><div class=\"scroll\">");
    HtmlTable t =
        HtmlTable.sortable(
            h,
            "integrity-table",
            List.of(
                m.text("column.org_name"),
                m.text("column.subject"),
                m.text("column.category"),
                m.text("html.integrity.listed"),
                m.text("column.check"),
                m.text("column.detail"),
                m.text("column.chart")));
    for (IntegrityFlag f : flags) {
      OrgProgress p = orgs.get(f.subject());
      t.row(p == null ? null : p.category(), p == null ? null : p.channel());
      t.input(f.orgName()).input(f.subject()).input(p == null ? "" : p.category());
      t.text(
          listed.contains(f.subject()) ? m.yesNo(true) : "",
          listed.contains(f.subject()) ? "unmet" : null);
      t.text(IntegrityFlag.checkName(m, f.check()), null).input(f.detail());
      t.html(chart(m, f.chart()), null).end();
    }
    t.close();
    h.append("</div></section>\n");
  }

  /** The chart of a flag: a link to its PNG when drawn, else the command that draws it. */
  static String chart(Messages m, String chart) {
    if (chart.isEmpty()) {
      return "";
    }
    if (chart.endsWith(".png")) {
      return "<a href=\""
          + HtmlText.href(chart)
          + "\">"
          + HtmlText.escape(m.text("html.integrity.chart"))
          + "</a>";
    }
    return "<code>" + HtmlText.escape(chart) + "</code>";
  }

  /** 隔离: one table per problem type, each bad row once with the drops that delivered it. */
  static void quarantine(StringBuilder h, ReportModel model) {
    Messages m = model.messages();
    QuarantineImpact impact = QuarantineImpact.of(model);
    long blocking = impact.problems().stream().filter(QuarantineImpact.Problem::blocks).count();
    h.append("<section id=\"quarantine\"><h2>")
        .append(
            HtmlText.escape(
                m.text(
                    "html.quarantine.title",
                    model.quarantine().size(),
                    impact.problems().size(),
                    blocking)))
        .append("</h2><p>")
        .append(HtmlText.escape(m.text("html.quarantine.about")))
        .append("</p>\n");
    int index = 0;
    for (String reason : impact.reasons()) {
      List<QuarantineImpact.Problem> problems = impact.problems(reason);
      h.append("<h3>")
          .append(
              HtmlText.escape(
                  m.text(
                      "html.quarantine.group",
                      QuarantineText.reason(m, reason),
                      problems.size(),
                      problems.stream().mapToInt(p -> p.rows().size()).sum())))
          .append("</h3><div class=\"scroll\">");
      HtmlTable t =
          HtmlTable.plain(
              h,
              "quarantine-" + index++,
              List.of(
                  m.text("column.file"),
                  m.text("html.quarantine.drops"),
                  m.text("column.detail"),
                  m.text("column.affects"),
                  m.text("column.raw"),
                  m.text("column.suggestions")));
      for (QuarantineImpact.Problem p : problems) {
        problemRow(t, m, p);
      }
      t.close();
      h.append("</div>\n");
    }
    h.append("</section>\n");
  }

  private static void problemRow(HtmlTable t, Messages m, QuarantineImpact.Problem p) {
    QuarantineRow first = p.first();
    OrgProgress org = p.org();
    t.row(org == null ? null : org.category(), org == null ? null : org.channel());
    t.input(p.fileName());
    t.text(drops(m, p), null);
    t.text(QuarantineText.detail(m, first), null);
    t.text(p.impact(), p.blocks() ? "unmet" : null);
    t.input(QuarantineText.raw(m, first));
    t.input(String.join(m.text("list.separator"), first.suggestions())).end();
  }

  /** The drops and lines that delivered a row: 2022-06-20（第653行）、2022-06-27（第653行）. */
  private static String drops(Messages m, QuarantineImpact.Problem p) {
    return m.list(
        p.rows().stream()
            .map(q -> m.text("html.quarantine.drop_line", q.dropFolder(), q.line()))
            .toList());
  }

  private static Map<String, OrgProgress> byId(ReportModel model) {
    return model.progress().stream()
        .collect(Collectors.toMap(OrgProgress::orgId, Function.identity(), (a, b) -> a));
  }

  /** The organizations on the shortlist or a channel's recommendation list. */
  static Set<String> listed(ReportModel model) {
    Set<String> out = new java.util.TreeSet<>();
    model.shortlist().forEach(s -> out.add(s.orgId()));
    model.channelLists().forEach(l -> l.recommended().forEach(s -> out.add(s.orgId())));
    return out;
  }
}
