package cn.kczg.reports.html;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.summary.ChannelPlace;
import cn.kczg.reports.summary.Lagging;
import cn.kczg.reports.text.Numbers;
import cn.kczg.reports.text.RankChange;
import cn.kczg.reports.text.Shortfall;
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
    List<String> header = new ArrayList<>(List.of("排名#", "变化#", "机构名称", "推荐渠道"));
    for (ItemKind kind : ItemKind.values()) {
      header.add(kind.label() + "#");
    }
    header.addAll(List.of("完成度#", "发布总量#"));
    h.append("<section id=\"leagues\"><h2>排名（点击表头排序；绿色为已达标，红色为未达标）</h2>\n");
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
          .append(HtmlText.input(category))
          .append("（")
          .append(rows.size())
          .append("家）</summary><div class=\"scroll\">");
      HtmlTable t = HtmlTable.sortable(h, "league-" + index++, header);
      rows.forEach(p -> leagueRow(t, p));
      t.close();
      h.append("</div></details>\n");
    }
    h.append("</section>\n");
  }

  private static void leagueRow(HtmlTable t, OrgProgress p) {
    Integer change = p.rankChange();
    t.row().integer(p.rankInCategory());
    t.number(
        RankChange.symbol(p),
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
    long tieBroken = model.shortlist().stream().filter(e -> !e.tieBreak().isEmpty()).count();
    h.append("<section id=\"shortlist\"><div class=\"cols\"><div><h2>推荐名单（")
        .append(model.shortlist().size())
        .append("家）</h2>");
    if (tieBroken > 0) {
      h.append("<p>其中")
          .append(tieBroken)
          .append(
              "家（“决胜”列标“是”）与未入选的达标单位得分相同，名次由引擎附加、通知未规定的决胜规则决定；详见达标未入选和 shortlist.csv 的 tie_break 列。</p>");
    }
    h.append("<div class=\"scroll\">");
    HtmlTable s =
        HtmlTable.sortable(
            h, "shortlist-table", List.of("机构类型", "类内排名#", "机构名称", "推荐渠道", "完成度#", "决胜"));
    for (ShortlistEntry e : model.shortlist()) {
      s.row().input(e.category()).integer(e.rank()).input(e.orgName()).input(e.channel());
      completion(s, e.completion());
      s.text(e.tieBreak().isEmpty() ? "" : "是", null).end();
    }
    s.close();
    h.append("</div></div><div><h2>储备（接近达标）</h2><div class=\"scroll\">");
    HtmlTable r =
        HtmlTable.sortable(h, "reserve-table", List.of("机构类型", "机构名称", "推荐渠道", "尚缺", "完成度#"));
    for (ReserveEntry e : model.reserve()) {
      r.row()
          .input(e.category())
          .input(e.orgName())
          .input(e.channel())
          .text(Shortfall.describe(e.missing()), null);
      completion(r, e.completion());
      r.end();
    }
    r.close();
    h.append("</div></div></div></section>\n");
  }

  /** Organizations whose pace misses the deadline, with each indicator's projected date. */
  static void atRisk(StringBuilder h, ReportModel model) {
    List<Lagging> risk = Lagging.atRisk(model);
    long lagging = model.progress().stream().filter(p -> !p.metAll()).count();
    h.append("<section id=\"risk\"><h2>截止前有风险（")
        .append(risk.size())
        .append("家；未全部达标共")
        .append(lagging)
        .append("家）</h2><p>按近几周的速度推算，至少一项指标到截止日仍不达标的机构；日期为预计达标日。</p><div class=\"scroll\">");
    List<String> header = new ArrayList<>(List.of("机构名称", "机构类型", "推荐渠道", "完成度#"));
    for (ItemKind kind : ItemKind.values()) {
      header.add(kind.label());
    }
    HtmlTable t = HtmlTable.sortable(h, "risk-table", header);
    for (Lagging l : risk) {
      OrgProgress p = l.progress();
      t.row().input(p.orgName()).input(p.category()).input(p.channel());
      completion(t, p.completion());
      for (ItemKind kind : ItemKind.values()) {
        t.text(l.projected(kind), l.late(kind) ? "unmet" : p.met(kind) ? "met" : null);
      }
      t.end();
    }
    t.close();
    h.append("</div></section>\n");
  }

  /** Every channel's league tables in one sortable table, folded away. */
  static void channelLeagues(StringBuilder h, ReportModel model) {
    List<ChannelPlace> places = ChannelPlace.of(model);
    if (places.isEmpty()) {
      return;
    }
    h.append("<section id=\"channel-leagues\"><h2>渠道排名</h2><details><summary>展开各推荐渠道的排名（")
        .append(places.size())
        .append("行）</summary><div class=\"scroll\">");
    HtmlTable t =
        HtmlTable.sortable(
            h,
            "channel-league-table",
            List.of("推荐渠道", "机构类型", "渠道内排名#", "变化#", "机构名称", "完成度#", "入选"));
    for (ChannelPlace c : places) {
      var st = c.standing();
      Integer change = st.previousRank() == null ? null : st.previousRank() - st.rank();
      t.row().input(st.channel()).input(st.category()).integer(st.rank());
      t.number(
          RankChange.symbol(st.rank(), st.previousRank()),
          change == null ? 0 : change,
          change == null || change == 0 ? null : change > 0 ? "up" : "down");
      t.input(c.progress().orgName());
      completion(t, c.progress().completion());
      t.text(c.shortlisted() ? "是" : "", c.shortlisted() ? "met" : null).end();
    }
    t.close();
    h.append("</div></details></section>\n");
  }

  private static void completion(HtmlTable t, double completion) {
    t.number(Numbers.percent(completion), completion, completion >= 1 ? "met" : null);
  }
}
