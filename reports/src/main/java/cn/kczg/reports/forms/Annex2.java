package cn.kczg.reports.forms;

import cn.kczg.reports.OrgContact;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.FileNames;
import cn.kczg.reports.text.SharedText;
import cn.kczg.reports.text.WorkSentence;
import cn.kczg.schemas.result.ShortlistEntry;
import java.time.LocalDate;

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
  static final String ORG = "参评单位";
  static final String LEADER = "负责人姓名";
  static final String LEADER_TITLE = "职务(职称)";
  static final String JOINED = "入驻“科创中国”时间";
  static final String CONTACT = "联系人及联系电话";
  static final String INTRODUCTION = "简介";
  static final String ASSOCIATION = "成立科协组织情况";
  static final String OPINION = "所在单位意见";
  static final String STAMP = "（盖章）\n年    月    日    ";

  /** The form of one recommended organization. */
  static Annex2 of(ReportModel model, ShortlistEntry entry) {
    OrgContact c = model.contact(entry.orgId());
    return new Annex2(
        entry.orgId(),
        entry.orgName(),
        c.leader(),
        c.leaderTitle(),
        date(c.joinedOn()),
        (c.contactName() + " " + c.phone()).strip(),
        c.introduction(),
        InformationForm.workSentence(model, entry.orgId()),
        association(c));
  }

  /** The file name without extension: {@code 信息采集表-<机构名称>-<org_id>}. */
  String fileStem() {
    // A file name is seen by everyone who opens the folder: phone numbers in it are masked.
    return "信息采集表-" + FileNames.safe(SharedText.of(orgName) + "-" + orgId);
  }

  private static String association(OrgContact c) {
    String founded =
        c.associationFounded() == null
            ? ""
            : WorkSentence.chineseDate(c.associationFounded()) + "成立科协";
    String officers = c.associationOfficers();
    return founded.isEmpty() || officers.isEmpty() ? founded + officers : founded + "，" + officers;
  }

  private static String date(LocalDate d) {
    return d == null ? "" : WorkSentence.chineseDate(d);
  }
}
