package cn.kczg.reports.html;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.Numbers;
import cn.kczg.reports.text.Shortfall;
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
    List<ChannelList> lists = model.channelLists();
    int recommended = lists.stream().mapToInt(l -> l.recommended().size()).sum();
    int unfilled = lists.stream().mapToInt(ChannelList::unfilled).sum();
    h.append("<section id=\"recommendations\"><h2>各渠道推荐名单（推荐")
        .append(recommended)
        .append("家，未填")
        .append(unfilled)
        .append("个名额）</h2><p>第一阶段：各推荐渠道在名额内按得分推荐本渠道达标单位，即各渠道的附件3推荐汇总表；未填名额列出本渠道最接近达标的单位及其尚缺。</p>");
    HtmlTable t =
        HtmlTable.sortable(
            h,
            "recommendations-table",
            List.of("推荐渠道", "序号#", "状态", "机构名称", "机构类型", "完成度#", "尚缺", "决胜规则"));
    for (ChannelList list : lists) {
      int position = 0;
      for (ShortlistEntry e : list.recommended()) {
        t.row().input(list.channel()).integer(++position).text("推荐", "met").input(e.orgName());
        t.input(e.category()).number(Numbers.percent(e.completion()), e.completion(), null);
        t.text("", null).input(e.tieBreak()).end();
      }
      for (int i = 0; i < list.unfilled(); i++) {
        ReserveEntry near = i < list.nearest().size() ? list.nearest().get(i) : null;
        t.row().input(list.channel()).integer(++position);
        t.text(near == null ? "未填" : "未填（最接近）", "unmet");
        if (near == null) {
          t.text("", null).text("", null).number("", 0, null).text("", null);
        } else {
          t.input(near.orgName()).input(near.category());
          t.number(Numbers.percent(near.completion()), near.completion(), null);
          t.text(Shortfall.describe(near.missing()), null);
        }
        t.text("", null).end();
      }
    }
    t.close();
    h.append("</section>\n");
  }

  /** The qualifying organizations not selected, with why. */
  static void notSelected(StringBuilder h, ReportModel model) {
    h.append("<section id=\"not-selected\"><h2>达标未入选（")
        .append(model.notSelected().size())
        .append("家）</h2><p>全部指标达标但未入选的单位：被哪一阶段的名额截下、名次，以及引擎在通知之外附加的决胜规则如何决定。</p>");
    HtmlTable t =
        HtmlTable.sortable(
            h,
            "not-selected-table",
            List.of("机构类型", "类内排名#", "机构名称", "推荐渠道", "未入选阶段", "名额#", "名次#", "原因", "决胜规则"));
    for (NotSelectedEntry n : model.notSelected()) {
      t.row().input(n.category()).integer(n.rank()).input(n.orgName()).input(n.channel());
      t.text(n.stage().label(), null).integer(n.limit()).integer(n.place()).input(n.cutBy());
      t.input(n.tieBreak().isEmpty() ? "—（得分较低）" : n.tieBreak()).end();
    }
    t.close();
    h.append("</section>\n");
  }
}
