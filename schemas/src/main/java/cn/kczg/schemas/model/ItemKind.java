package cn.kczg.schemas.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The five kinds of content an organization publishes on the platform, in the order of annex 1 of
 * the selection notice. Each knows its Chinese label and counting unit, used in reports and the
 * work sentence of the information form ("发布专家12人").
 */
public enum ItemKind {
  EXPERTS("专家", "人"),
  ACHIEVEMENTS("成果", "个"),
  DEMANDS("需求", "个"),
  NEWS("资讯", "条"),
  ACTIVITIES("活动", "次");

  private final String label;
  private final String unit;

  ItemKind(String label, String unit) {
    this.label = label;
    this.unit = unit;
  }

  /** Chinese label, e.g. 专家. */
  public String label() {
    return label;
  }

  /** Counting unit, e.g. 人. */
  public String unit() {
    return unit;
  }

  /** Lower-case English name used in files and columns, e.g. {@code experts}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named by its key ({@code news}) or Chinese label ({@code 资讯}). */
  public static Optional<ItemKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    for (ItemKind kind : values()) {
      if (kind.key().equalsIgnoreCase(t) || kind.label.equals(t)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
