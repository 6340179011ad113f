package cn.kczg.reports;

import cn.kczg.schemas.model.ItemKind;

/**
 * Where our count differs from the platform's own snapshot for one organization and kind.
 *
 * @param orgId registry id
 * @param orgName official name
 * @param kind the kind counted
 * @param ours our count as of the date
 * @param platform the platform snapshot's count
 */
public record SnapshotDifference(
    String orgId, String orgName, ItemKind kind, int ours, int platform) {
  /** Ours minus the platform's. */
  public int delta() {
    return ours - platform;
  }
}
