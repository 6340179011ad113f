package cn.kczg.reports;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.program.Rulebook;
import java.util.List;

/**
 * The program a report belongs to: what the headings name, and its categories in the order the
 * reports show them.
 *
 * @param id e.g. {@code hengyang-2022}
 * @param title the program's name
 * @param notice the notice's number, e.g. 衡市科协字〔2022〕16号
 * @param categories categories with quotas, in display order
 */
public record Program(String id, String title, String notice, List<CategoryQuota> categories) {
  public Program {
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    notice = notice == null ? "" : notice;
    categories = List.copyOf(categories);
  }

  /** The program as its rulebook describes it. */
  public static Program of(Rulebook rulebook) {
    List<CategoryQuota> categories =
        rulebook.categories().stream().map(c -> new CategoryQuota(c.name(), c.quota())).toList();
    return new Program(rulebook.id(), rulebook.title(), rulebook.notice(), categories);
  }

  /** Category names in display order. */
  public List<String> categoryNames() {
    return categories.stream().map(CategoryQuota::name).toList();
  }

  /** The quota of a category, or 0 when the program does not know it. */
  public int quota(String category) {
    return categories.stream()
        .filter(c -> c.name().equals(category))
        .mapToInt(CategoryQuota::quota)
        .findFirst()
        .orElse(0);
  }

  /**
   * The category charts show first: the one with the largest quota (企业 for hengyang-2022), the
   * first in display order on a tie.
   */
  public String leadingCategory() {
    CategoryQuota best = null;
    for (CategoryQuota c : categories) {
      if (best == null || c.quota() > best.quota()) {
        best = c;
      }
    }
    return best == null ? "" : best.name();
  }
}
