package cn.kczg.reports.forms;

import cn.kczg.reports.OrgContact;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.FileNames;
import cn.kczg.reports.text.SharedText;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.ShortlistEntry;

/**
 * What annex 2 (信息采集表) of one recommended organization says, whatever it is printed on: the
 * notice's labels with the registry's fields and the work sentence from the counts. A value is
 * blank only where the registry has nothing.
 *
 * @param orgId registry id
 * @param orgName 参评单位
 * @param leader 负责人姓名
 * @param leaderTitle 职务(职称)
 * @param joined 入驻“科创中国”时间
 * @param contact 联系人及联系电话
 * @param introduction 简介
 * @param work the work sentence (200 characters at most)
 * @param association 成立科协组织情况: founding date, then 主席、副主席、秘书长 with posts and contacts
 */
record Annex2(
    String orgId,
    String orgName,
    String leader,
    String leaderTitle,
    String joined,
    String contact,
    String introduction,
    String work,
    String association) {
  /** The form of one recommended organization. */
  static Annex2 of(ReportModel model, ShortlistEntry entry) {
    OrgContact c = model.contact(entry.orgId());
    Messages m = model.messages();
    return new Annex2(
        entry.orgId(),
        entry.orgName(),
        c.leader(),
        c.leaderTitle(),
        m.date(c.joinedOn()),
        (c.contactName() + " " + c.phone()).strip(),
        c.introduction(),
        InformationForm.workSentence(model, entry.orgId()),
        association(m, c));
  }

  /**
   * The file name without extension: {@code 信息采集表-<机构名称>-<org_id>}. A phone number in the name is
   * masked there ({@code 138____5678}): file names travel in listings, links and mails, which are
   * shared; the form's content keeps the name as it is.
   */
  String fileStem() {
    // A file name is seen by everyone who opens the folder: phone numbers in it are masked.
    return "信息采集表-" + FileNames.safe(SharedText.of(orgName) + "-" + orgId);
  }

  private static String association(Messages m, OrgContact c) {
    String founded =
        c.associationFounded() == null
            ? ""
            : m.text("form.annex2.founded", m.date(c.associationFounded()));
    String officers = c.associationOfficers();
    return founded.isEmpty() || officers.isEmpty()
        ? founded + officers
        : founded + m.text("work.joiner") + officers;
  }
}
