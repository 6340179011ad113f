package cn.kczg.schemas.model;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One organization of the registry in force at a date.
 *
 * @param orgId 机构编码 (the normalized name when the registry gave none)
 * @param name 机构名称
 * @param account 平台账号, or null
 * @param category 机构类型
 * @param level 办学层次, or null
 * @param region 所属县市区
 * @param channel 推荐渠道
 * @param joined 入驻时间
 * @param leader 负责人
 * @param contact 联系人
 * @param phone 联系电话
 * @param associationFounded 科协成立时间
 * @param associationChair 科协主席
 * @param profile the optional fields the forms need: post, introduction, 科协 officers
 */
public record Organization(
    String orgId,
    String name,
    String account,
    String category,
    String level,
    String region,
    String channel,
    LocalDate joined,
    String leader,
    String contact,
    String phone,
    LocalDate associationFounded,
    String associationChair,
    OrgProfile profile)
    implements Serializable {
  public Organization {
    profile = profile == null ? OrgProfile.empty() : profile;
  }

  /** An organization without the optional profile fields. */
  public Organization(
      String orgId,
      String name,
      String account,
      String category,
      String level,
      String region,
      String channel,
      LocalDate joined,
      String leader,
      String contact,
      String phone,
      LocalDate associationFounded,
      String associationChair) {
    this(
        orgId,
        name,
        account,
        category,
        level,
        region,
        channel,
        joined,
        leader,
        contact,
        phone,
        associationFounded,
        associationChair,
        OrgProfile.empty());
  }
}
