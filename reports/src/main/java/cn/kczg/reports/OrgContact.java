package cn.kczg.reports;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.model.Officer;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

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

  /**
   * The officers of a 科协 as the form writes them, each with the post and phone the registry has.
   *
   * <p>Example: 主席张伟（总经理，13800000001）；副主席王强（总工程师）；秘书长李娜
   */
  public static String officersText(List<Officer> officers) {
    StringJoiner out = new StringJoiner("；");
    for (Officer o : officers) {
      StringJoiner details = new StringJoiner("，");
      if (!o.post().isEmpty()) {
        details.add(o.post());
      }
      if (!o.phone().isEmpty()) {
        details.add(o.phone());
      }
      String more = details.length() == 0 ? "" : "（" + details + "）";
      out.add(o.office() + o.name() + more);
    }
    return out.toString();
  }

  /** A contact with nothing known but the id. */
  public static OrgContact unknown(String orgId) {
    return new OrgContact(orgId, "", "", "", "", null, "", null, "");
  }

  private static String blankIfNull(String s) {
    return s == null ? "" : s;
  }
}
