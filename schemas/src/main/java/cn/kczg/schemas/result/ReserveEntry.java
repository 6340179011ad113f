package cn.kczg.schemas.result;

import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * What it lacks in words, in the process's language, e.g. {@code 资讯差4条、活动差1次} ({@code news 4
   * short, activities 1 short}).
   */
  public String lacking() {
    Messages m = Messages.current();
    List<String> parts = new ArrayList<>();
    missing.forEach(
        (kind, n) -> parts.add(m.text("shortfall.item", m.kind(kind), m.count(kind, n))));
    return m.list(parts);
  }
}
