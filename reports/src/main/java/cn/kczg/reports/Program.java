package cn.kczg.reports;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.program.Rulebook;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The program a report belongs to: what the headings name, its categories in the order the reports
 * show them, and its deadline.
 *
 * @param id e.g. {@code hengyang-2022}
 * @param title the program's name
 * @param notice the notice's number, e.g. 衡市科协字〔2022〕16号
 * @param categories categories with quotas, in display order
 * @param deadline the day materials are due (the rulebook's {@code deadline}), or null
 */
public record Program(
    String id, String title, String notice, List<CategoryQuota> categories, LocalDate deadline) {
  public Program {
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    notice = notice == null ? "" : notice;
    categories = List.copyOf(categories);
  }

  /** A program without a deadline. */
  public Program(String id, String title, String notice, List<CategoryQuota> categories) {
    this(id, title, notice, categories, null);
  }

  /** The program as its rulebook describes it. */
  public static Program of(Rulebook rulebook) {
    List<CategoryQuota> categories =
        rulebook.categories().stream().map(c -> new CategoryQuota(c.name(), c.quota())).toList();
    return new Program(
        rulebook.id(), rulebook.title(), rulebook.notice(), categories, rulebook.deadline());
  }

  /**
   * Whole days from {@code asOf} to the deadline (0 on the day, negative after it), or null when
   * the program has none. Example: as of 2022-07-11 with deadline 2022-07-29, 18.
   */
  public Long daysLeft(LocalDate asOf) {
    return deadline == null ? null : ChronoUnit.DAYS.between(asOf, deadline);
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
