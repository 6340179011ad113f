package cn.kczg.reports.text;

import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an organization still lacks, in words, e.g. {@code 资讯差4条、活动差1次} ({@code news 4 short,
 * activities 1 short}). Kinds appear in {@link ItemKind} order; kinds with nothing missing are left
 * out.
 */
public final class Shortfall {
  private Shortfall() {}

  /** The shortfall in words, or empty when nothing is missing. */
  public static String describe(Messages m, Map<ItemKind, Integer> missing) {
    if (missing == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (ItemKind kind : ItemKind.values()) {
      int n = missing.getOrDefault(kind, 0);
      if (n > 0) {
        parts.add(m.text("shortfall.item", m.kind(kind), m.count(kind, n)));
      }
    }
    return m.list(parts);
  }
}
