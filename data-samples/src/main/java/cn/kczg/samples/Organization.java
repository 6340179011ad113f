package cn.kczg.samples;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the registry 机构名录. Optional cells are empty strings, never null.
 *
 * @param level 办学层次 (本科 / 高职大专) for universities, empty otherwise
 * @param account 平台账号, empty when the organization has none
 */
record Organization(
    String code,
    String name,
    String account,
    Category category,
    String level,
    String region,
    String channel,
    LocalDate joined,
    String leader,
    String contact,
    String phone,
    String associationFounded,
    String associationChair) {

  /**
   * The registry header: the columns of platform-exports.md, then the optional form columns of
   * {@link OrgProfiles}.
   */
  static final List<String> HEADER =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  "机构编码", "机构名称", "平台账号", "机构类型", "办学层次", "所属县市区", "推荐渠道", "入驻时间", "负责人", "联系人",
                  "联系电话", "科协成立时间", "科协主席"),
              OrgProfiles.HEADER.stream())
          .toList();

  Organization {
    requireNonNull(code, "code is null");
    requireNonNull(name, "name is null");
    requireNonNull(account, "account is null");
    requireNonNull(category, "category is null");
    requireNonNull(joined, "joined is null");
  }

  boolean hasAccount() {
    return !account.isEmpty();
  }

  /** The registry cells, matching {@link #HEADER}. */
  List<String> cells() {
    List<String> cells = new java.util.ArrayList<>(base());
    cells.addAll(OrgProfiles.cells(this));
    return cells;
  }

  private List<String> base() {
    return List.of(
        code,
        name,
        account,
        category.label(),
        level,
        region,
        channel,
        joined.toString(),
        leader,
        contact,
        phone,
        associationFounded,
        associationChair);
  }
}
