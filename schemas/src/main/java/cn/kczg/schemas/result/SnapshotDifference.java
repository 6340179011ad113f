package cn.kczg.schemas.result;

import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;

/**
 * Where a back-office count snapshot (机构统计) disagrees with the counts derived from item exports for
 * the same organization and date. Item exports win; this row is for staff to look at. A row of the
 * report's snapshot sheet.
 *
 * @param orgId registry id
 * @param orgName official name
 * @param asOf the snapshot's 统计截止日期
 * @param kind the indicator that differs
 * @param snapshotCount what the snapshot says
 * @param itemCount what the item exports give (the figure used)
 * @param file the snapshot file, {@code <drop folder>/<file name>}
 */
public record SnapshotDifference(
    String orgId,
    String orgName,
    LocalDate asOf,
    ItemKind kind,
    long snapshotCount,
    long itemCount,
    String file) {

  /** Item count minus snapshot count. */
  public long difference() {
    return itemCount - snapshotCount;
  }
}
