package cn.kczg.reports;

import static java.util.Objects.requireNonNull;

/**
 * One organization category as the reports show it: its name and how many of it the shortlist may
 * hold.
 *
 * @param name 机构类型, e.g. 企业
 * @param quota most organizations of this category on the shortlist
 */
public record CategoryQuota(String name, int quota) {
  public CategoryQuota {
    requireNonNull(name, "name is null");
  }
}
