package cn.kczg.reports.html;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.Numbers;
import cn.kczg.reports.text.Shortfall;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.NotSelectedEntry;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.ShortlistEntry;
import java.util.List;

/**
 * The dashboard's sections of the selection's two stages: every channel's recommendation list
 * (stage 1, unfilled slots with the nearest candidate) and 达标未入选 (qualifying organizations the
 * slots or the quotas cut, with the tie-break applied).
 */
final class SelectionSections {
  private SelectionSections() {}

  /** Every channel's list, slot by slot. */
  static void recommendations(StringBuilder h, ReportModel model) {
    Messages m = model.messages();
    List<ChannelList> lists = model.channelLists();
    int recommended = lists.stream().mapToInt(l -> l.recommended().size()).sum();
    int unfilled = lists.stream().mapToInt(ChannelList::unfilled).sum();
    h.append("<section id=\"recommendations\"><h2>")
        .append(HtmlText.escape(m.text("html.recommendations.title", recommended, unfilled)))
        .append("</h2><p>")
        .append(HtmlText.escape(m.text("html.recommendations.about")))
        .append("</p>");
    HtmlTable t =
        HtmlTable.sortable(
            h,
            "recommendations-table",
            OverviewSections.headers(
                m,
                List.of(
                    "channel",
                    "position#",
                    "status",
                    "org_name",
                    "category",
                    "completion#",
                    "lacking",
                    "tie_break")));
    for (ChannelList list : lists) {
      int position = 0;
      for (ShortlistEntry e : list.recommended()) {
        t.row(e.category(), list.channel()).input(list.channel()).integer(++position);
        t.text(m.text("slot.recommended"), "met").input(e.orgName());
        t.input(e.category()).number(Numbers.percent(e.completion()), e.completion(), null);
        t.text("", null).input(e.tieBreak()).end();
      }
      for (int i = 0; i < list.unfilled(); i++) {
        ReserveEntry near = i < list.nearest().size() ? list.nearest().get(i) : null;
        t.row(near == null ? null : near.category(), list.channel());
        t.input(list.channel()).integer(++position);
        t.text(m.text(near == null ? "slot.unfilled" : "slot.nearest"), "unmet");
        if (near == null) {
          t.text("", null).text("", null).number("", 0, null).text("", null);
        } else {
          t.input(near.orgName()).input(near.category());
          t.number(Numbers.percent(near.completion()), near.completion(), null);
          t.text(Shortfall.describe(m, near.missing()), null);
        }
        t.text("", null).end();
      }
    }
    t.close();
    h.append("</section>\n");
  }

  /** The qualifying organizations not selected, with why. */
  static void notSelected(StringBuilder h, ReportModel model) {
    Messages m = model.messages();
    h.append("<section id=\"not-selected\"><h2>")
        .append(HtmlText.escape(m.text("html.not_selected.title", model.notSelected().size())))
        .append("</h2><p>")
        .append(HtmlText.escape(m.text("html.not_selected.about")))
        .append("</p>");
    HtmlTable t =
        HtmlTable.sortable(
            h,
            "not-selected-table",
            OverviewSections.headers(
                m,
                List.of(
                    "category",
                    "rank#",
                    "org_name",
                    "channel",
                    "stage",
                    "limit#",
                    "place#",
                    "cut_by",
                    "tie_break")));
    for (NotSelectedEntry n : model.notSelected()) {
      t.row(n.category(), n.channel());
      t.input(n.category()).integer(n.rank()).input(n.orgName()).input(n.channel());
      t.text(m.text("stage." + n.stage().key()), null).integer(n.limit()).integer(n.place());
      t.input(n.cutBy());
      t.input(n.tieBreak().isEmpty() ? m.text("tie_break.lower_score") : n.tieBreak()).end();
    }
    t.close();
    h.append("</section>\n");
  }
}
