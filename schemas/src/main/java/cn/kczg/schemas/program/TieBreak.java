package cn.kczg.schemas.program;

import java.util.Locale;
import java.util.Optional;

/**
 * An order the engine adds beyond a notice to tell apart organizations with the same ranking score.
 * A rulebook lists the ones it uses under {@code tie_breaks}, in order; the list ends with {@link
 * #ORG_ID}, so no two organizations ever share a place.
 */
public enum TieBreak {
  /** The higher completion first. */
  COMPLETION("完成度"),
  /** The more published items (all five kinds together) first. */
  TOTAL("发布总量"),
  /** The smaller organization id first (Unicode order). */
  ORG_ID("机构编号");

  private final String label;

  TieBreak(String label) {
    this.label = label;
  }

  /** The Chinese name reports use, e.g. 发布总量. */
  public String label() {
    return label;
  }

  /** The name used in rulebooks, e.g. {@code org_id}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a rulebook name. */
  public static Optional<TieBreak> parse(String text) {
    for (TieBreak t : values()) {
      if (t.key().equalsIgnoreCase(text.trim())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
