package cn.kczg.schemas.integrity;

import cn.kczg.schemas.model.ItemKind;
import java.util.List;

/**
 * Items of one organization and kind whose titles are the same after normalization (NFKC, no white
 * space), or differ only by a trailing number or punctuation ({@code 技术交流会（2）} and {@code 技术交流会 3}
 * are copies of {@code 技术交流会}).
 *
 * @param enabled whether the check runs
 * @param kinds the kinds whose titles are compared
 * @param minCopies flag a title carried by at least this many items (≥ 2)
 * @param distinctOnly policy: count each distinct title once
 */
public record PaddedTitleRule(
    boolean enabled, List<ItemKind> kinds, int minCopies, boolean distinctOnly)
    implements IntegrityRule {
  /** The check's rulebook name. */
  public static final String CHECK = "padded-titles";

  public PaddedTitleRule {
    kinds = List.copyOf(kinds);
  }

  @Override
  public String check() {
    return CHECK;
  }
}
