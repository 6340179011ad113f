package cn.kczg.schemas.model;

import java.io.Serializable;

/**
 * One officer of an organization's 科协 as the registry lists them (annex 2 asks for "主席，副主席，
 * 秘书长姓名、现工作职务及联系方式").
 *
 * @param office 主席, 副主席 or 秘书长
 * @param name the person's name
 * @param post 现工作职务 (empty when the registry has none)
 * @param phone 联系方式 (empty when the registry has none)
 */
public record Officer(String office, String name, String post, String phone)
    implements Serializable {
  public Officer {
    office = blankIfNull(office);
    name = blankIfNull(name);
    post = blankIfNull(post);
    phone = blankIfNull(phone);
  }

  private static String blankIfNull(String s) {
    return s == null ? "" : s.strip();
  }
}
