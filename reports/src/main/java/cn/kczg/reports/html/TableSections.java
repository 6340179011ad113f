package cn.kczg.reports.html;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.summary.AsOfNote;
import cn.kczg.reports.summary.ChannelPlace;
import cn.kczg.reports.summary.Lagging;
import cn.kczg.reports.text.Numbers;
import cn.kczg.reports.text.RankChange;
import cn.kczg.reports.text.Shortfall;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.ShortlistEntry;
import java.util.ArrayList;
import java.util.List;

/** The dashboard's row tables: league tables, shortlist, reserve, at-risk list, channel tables. */
final class TableSections {
  private TableSections() {}

  /** One sortable league table per category: every organization with its five counts. */
  static void leagues(StringBuilder h, ReportModel model) {
    Messages m = model.messages();
    List<String> header =
        new ArrayList<>(
            OverviewSections.headers(
                m, List.of("rank_in_category#", "rank_change#", "org_name", "channel")));
    for (ItemKind kind : ItemKind.values()) {
      header.add(m.kind(kind) + "#");
    }
    header.addAll(OverviewSections.headers(m, List.of("completion#", "total#")));
    h.append("<section id=\"leagues\"><h2>")
        .append(HtmlText.escape(m.text("html.leagues.title")))
        .append("</h2>\n");
    int index = 0;
    for (String category : model.categories()) {
      List<OrgProgress> rows =
          model.progress().stream().filter(p -> category.equals(p.category())).toList();
      if (rows.isEmpty()) {
        continue;
      }
      h.append("<details")
          .append(rows.size() <= 30 ? " open" : "")
          .append("><summary>")
          .append(HtmlText.input(m.text("html.leagues.category", category, rows.size())))
          .append("</summary><div class=\"scroll\">");
      HtmlTable t = HtmlTable.sortable(h, "league-" + index++, header);
      rows.forEach(p -> leagueRow(t, m, p));
      t.close();
      h.append("</div></details>\n");
    }
    h.append("</section>\n");
  }

  private static void leagueRow(HtmlTable t, Messages m, OrgProgress p) {
    Integer change = p.rankChange();
    t.row(p.category(), p.channel()).integer(p.rankInCategory());
    t.number(
        RankChange.symbol(m, p),
        change == null ? 0 : change,
        change == null || change == 0 ? null : change > 0 ? "up" : "down");
    t.input(p.orgName()).input(p.channel());
    for (ItemKind kind : ItemKind.values()) {
      int count = p.counts().get(kind);
      t.number(count + "/" + p.targets().get(kind), count, p.met(kind) ? "met" : "unmet");
    }
    completion(t, p.completion());
    t.integer(p.total()).end();
  }

  /** The shortlist and the reserve side by side. */
  static void shortlistAndReserve(StringBuilder h, ReportModel model) {
    Messages m = model.messages();
    long tieBroken = model.shortlist().stream().filter(e -> !e.tieBreak().isEmpty()).count();
    h.append("<section id=\"shortlist\"><div class=\"cols\"><div><h2>")
        .append(HtmlText.escape(m.text("html.shortlist.title", model.shortlist().size())))
        .append("</h2>");
    if (tieBroken > 0) {
      h.append("<p>")
          .append(HtmlText.escape(m.text("html.shortlist.tie_note", tieBroken)))
          .append("</p>");
    }
    h.append("<div class=\"scroll\">");
    HtmlTable s =
        HtmlTable.sortable(
            h,
            "shortlist-table",
            OverviewSections.headers(
                m,
                List.of("category", "rank#", "org_name", "channel", "completion#", "tie_decided")));
    for (ShortlistEntry e : model.shortlist()) {
      s.row(e.category(), e.channel());
      s.input(e.category()).integer(e.rank()).input(e.orgName()).input(e.channel());
      completion(s, e.completion());
      s.text(e.tieBreak().isEmpty() ? "" : m.yesNo(true), null).end();
    }
    s.close();
    h.append("</div></div><div><h2>")
        .append(HtmlText.escape(m.text("html.reserve.title")))
        .append("</h2><div class=\"scroll\">");
    HtmlTable r =
        HtmlTable.sortable(
            h,
            "reserve-table",
            OverviewSections.headers(
                m, List.of("category", "org_name", "channel", "lacking", "completion#")));
    for (ReserveEntry e : model.reserve()) {
      r.row(e.category(), e.channel())
          .input(e.category())
          .input(e.orgName())
          .input(e.channel())
          .text(Shortfall.describe(m, e.missing()), null);
      completion(r, e.completion());
      r.end();
    }
    r.close();
    h.append("</div></div></div></section>\n");
  }

  /**
   * Organizations whose pace misses the deadline, fewest items short first (the ones a push this
   * week can still bring over the line), with each indicator's projected date and the days left.
   */
  static void atRisk(StringBuilder h, ReportModel model) {
    Messages m = model.messages();
    List<Lagging> risk = Lagging.atRisk(model);
    long lagging = model.progress().stream().filter(p -> !p.metAll()).count();
    h.append("<section id=\"risk\"><h2>")
        .append(HtmlText.escape(m.text("html.risk.title", risk.size(), lagging)))
        .append("</h2><p>")
        .append(HtmlText.escape(m.text("html.risk.about")));
    String deadline = AsOfNote.deadline(model);
    if (!deadline.isEmpty()) {
      h.append(" <strong>").append(HtmlText.escape(deadline)).append("</strong>");
    }
    h.append("</p><div class=\"scroll\">");
    List<String> header =
        new ArrayList<>(
            OverviewSections.headers(
                m,
                List.of(
                    "org_name", "category", "channel", "items_short#", "lacking", "completion#")));
    for (ItemKind kind : ItemKind.values()) {
      header.add(m.kind(kind));
    }
    HtmlTable t = HtmlTable.sortable(h, "risk-table", header);
    for (Lagging l : risk) {
      OrgProgress p = l.progress();
      t.row(p.category(), p.channel()).input(p.orgName()).input(p.category()).input(p.channel());
      t.integer(l.itemsShort()).text(Shortfall.describe(m, l.missing()), null);
      completion(t, p.completion());
      for (ItemKind kind : ItemKind.values()) {
        t.text(l.projected(m, kind), l.late(kind) ? "unmet" : p.met(kind) ? "met" : null);
      }
      t.end();
    }
    t.close();
    h.append("</div></section>\n");
  }

  /** Every channel's league tables in one sortable table, folded away. */
  static void channelLeagues(StringBuilder h, ReportModel model) {
    Messages m = model.messages();
    List<ChannelPlace> places = ChannelPlace.of(model);
    if (places.isEmpty()) {
      return;
    }
    h.append("<section id=\"channel-leagues\"><h2>")
        .append(HtmlText.escape(m.text("sheet.channel_leagues")))
        .append("</h2><details><summary>")
        .append(HtmlText.escape(m.text("html.channel_leagues.open", places.size())))
        .append("</summary><div class=\"scroll\">");
    HtmlTable t =
        HtmlTable.sortable(
            h,
            "channel-league-table",
            OverviewSections.headers(
                m,
                List.of(
                    "channel",
                    "category",
                    "channel_rank#",
                    "rank_change#",
                    "org_name",
                    "completion#",
                    "shortlisted_flag")));
    for (ChannelPlace c : places) {
      var st = c.standing();
      Integer change = st.previousRank() == null ? null : st.previousRank() - st.rank();
      t.row(st.category(), st.channel())
          .input(st.channel())
          .input(st.category())
          .integer(st.rank());
      t.number(
          RankChange.symbol(m, st.rank(), st.previousRank()),
          change == null ? 0 : change,
          change == null || change == 0 ? null : change > 0 ? "up" : "down");
      t.input(c.progress().orgName());
      completion(t, c.progress().completion());
      t.text(c.shortlisted() ? m.yesNo(true) : "", c.shortlisted() ? "met" : null).end();
    }
    t.close();
    h.append("</div></details></section>\n");
  }

  private static void completion(HtmlTable t, double completion) {
    t.number(Numbers.percent(completion), completion, completion >= 1 ? "met" : null);
  }
}
