package cn.kczg.schemas.result;

import cn.kczg.schemas.model.ItemKind;
import java.util.Map;

/**
 * A non-qualifying organization close to the bar, with what it still lacks.
 *
 * @param category 机构类型
 * @param orgId registry id
 * @param orgName official name
 * @param channel 推荐渠道
 * @param completion its completion
 * @param missing items still needed per unmet kind, in kind order
 */
public record ReserveEntry(
    String category,
    String orgId,
    String orgName,
    String channel,
    double completion,
    Map<ItemKind, Integer> missing) {

  /** What it lacks in words, e.g. {@code 资讯 4 short, 活动 1 short}. */
  public String lacking() {
    StringBuilder out = new StringBuilder();
    missing.forEach(
        (kind, n) -> {
          if (out.length() > 0) {
            out.append(", ");
          }
          out.append(kind.label()).append(' ').append(n).append(" short");
        });
    return out.toString();
  }
}
