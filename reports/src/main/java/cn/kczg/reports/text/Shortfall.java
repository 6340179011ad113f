package cn.kczg.reports.text;

import cn.kczg.schemas.model.ItemKind;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What an organization still lacks, in Chinese, e.g. {@code 资讯差4条、活动差1次}. Kinds appear in {@link
 * ItemKind} order; kinds with nothing missing are left out.
 */
public final class Shortfall {
  private Shortfall() {}

  /** The shortfall in words, or empty when nothing is missing. */
  public static String describe(Map<ItemKind, Integer> missing) {
    if (missing == null) {
      return "";
    }
    StringJoiner out = new StringJoiner("、");
    for (ItemKind kind : ItemKind.values()) {
      int n = missing.getOrDefault(kind, 0);
      if (n > 0) {
        out.add(kind.label() + "差" + n + kind.unit());
      }
    }
    return out.toString();
  }
}
