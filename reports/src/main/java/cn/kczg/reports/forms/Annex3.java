package cn.kczg.reports.forms;

import cn.kczg.reports.OrgContact;
import cn.kczg.reports.ReportModel;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.ShortlistEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * What annex 3 (推荐汇总表) of one channel says: its recommendation list (stage 1), one numbered row per
 * slot, the unfilled slots blank; and, when the list depends on a tie-break the engine adds beyond
 * the notice, a note saying so.
 *
 * @param channel 推荐单位
 * @param rows one row per slot: 序号, 参评单位名称, 负责人, 联系人, 联系电话, 备注
 * @param recommended the recommended organizations, in list order
 * @param note the tie-break note, or empty
 */
record Annex3(
    String channel, List<List<String>> rows, List<ShortlistEntry> recommended, String note) {
  /** The form of one channel's list. */
  static Annex3 of(ReportModel model, ChannelList list) {
    List<List<String>> rows = new ArrayList<>();
    int slots = Math.max(list.slots(), list.recommended().size());
    for (int i = 0; i < slots; i++) {
      ShortlistEntry e = i < list.recommended().size() ? list.recommended().get(i) : null;
      OrgContact c = e == null ? null : model.contact(e.orgId());
      rows.add(
          c == null
              ? List.of(String.valueOf(i + 1), "", "", "", "", "")
              : List.of(
                  String.valueOf(i + 1), e.orgName(), c.leader(), c.contactName(), c.phone(), ""));
    }
    return new Annex3(list.channel(), rows, list.recommended(), note(model.messages(), list));
  }

  private static String note(Messages m, ChannelList list) {
    List<ShortlistEntry> tied =
        list.recommended().stream().filter(e -> !e.tieBreak().isEmpty()).toList();
    if (tied.isEmpty()) {
      return "";
    }
    ShortlistEntry last = tied.get(tied.size() - 1);
    return m.text(
        "form.annex3.tie_note",
        list.recommended().indexOf(tied.get(0)) + 1,
        list.recommended().indexOf(last) + 1,
        last.tieBreak());
  }
}
