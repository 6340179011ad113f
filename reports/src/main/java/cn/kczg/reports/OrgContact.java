package cn.kczg.reports;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The registry's people fields of one organization, needed by the official forms (annex 2 and 3)
 * but not by the figures. Any field may be empty; dates may be null. Phones appear in full only in
 * the forms; every other output masks them.
 *
 * @param orgId registry id
 * @param leader 负责人姓名
 * @param leaderTitle 职务(职称)
 * @param contactName 联系人
 * @param phone 联系电话
 * @param joinedOn 入驻"科创中国"时间, or null
 * @param introduction 简介
 * @param associationFounded the day its 科协 was founded, or null when it has none
 * @param associationOfficers 主席、副主席、秘书长: names, posts and contacts as one text
 */
public record OrgContact(
    String orgId,
    String leader,
    String leaderTitle,
    String contactName,
    String phone,
    LocalDate joinedOn,
    String introduction,
    LocalDate associationFounded,
    String associationOfficers) {

  public OrgContact {
    requireNonNull(orgId, "orgId is null");
    leader = blankIfNull(leader);
    leaderTitle = blankIfNull(leaderTitle);
    contactName = blankIfNull(contactName);
    phone = blankIfNull(phone);
    introduction = blankIfNull(introduction);
    associationOfficers = blankIfNull(associationOfficers);
  }

  /** A contact with nothing known but the id. */
  public static OrgContact unknown(String orgId) {
    return new OrgContact(orgId, "", "", "", "", null, "", null, "");
  }

  private static String blankIfNull(String s) {
    return s == null ? "" : s;
  }
}
