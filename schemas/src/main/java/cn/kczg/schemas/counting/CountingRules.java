package cn.kczg.schemas.counting;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules 1, 2, 3 and 5 of the counting rules for items delivered in dated drops (attribution, rule
 * 4, is the caller's): as of day D, an item's state is its row in the latest drop dated on or
 * before D (a drop re-delivered with the same date is the same drop); within that drop a row that
 * is not published wins (the cautious reading), then the lowest line, then the file name; the item
 * counts when that row is published and its own date is on or before D. Each item counts once.
 *
 * <p>Example: item A published in drop 07-04, 已下架 in drop 07-11: counted as of 07-10, not as of
 * 07-11. Item B listed twice in drop 07-11, once 已发布 and once 待审核: not counted as of 07-11. Item C
 * published in drop 07-11 with 发布时间 07-15: not counted as of 07-11.
 */
public final class CountingRules {
  private CountingRules() {}

  /**
   * One row of one drop that delivers an item.
   *
   * @param kind the item kind, e.g. {@code activities}
   * @param id the item id within its kind
   * @param drop the drop's export date
   * @param published true when the row's status counts as published under its source
   * @param itemDate the item's own date (入驻时间, 发布时间, 举办时间)
   * @param file the file the row is in, for the tie-break and for messages
   * @param line the row's line in that file
   * @param row what the caller keeps of the row
   * @param <T> the caller's row type
   */
  public record Delivery<T>(
      String kind,
      String id,
      LocalDate drop,
      boolean published,
      LocalDate itemDate,
      String file,
      long line,
      T row) {
    public Delivery {
      requireNonNull(kind, "kind is null");
      requireNonNull(id, "id is null");
      requireNonNull(drop, "drop is null");
      requireNonNull(itemDate, "itemDate is null");
      requireNonNull(file, "file is null");
    }
  }

  /** Within one drop: not published first, then the lowest line, then the file name. */
  private static final Comparator<Delivery<?>> WITHIN_DROP =
      Comparator.comparing((Delivery<?> d) -> d.published())
          .thenComparingLong(Delivery::line)
          .thenComparing(Delivery::file);

  /**
   * The rows that count as of {@code asOf}, one per item, in the order the items first appear in
   * {@code deliveries}.
   */
  public static <T> List<Delivery<T>> countedAsOf(List<Delivery<T>> deliveries, LocalDate asOf) {
    List<Delivery<T>> out = new ArrayList<>();
    for (List<Delivery<T>> item : byItem(deliveries).values()) {
      state(item, asOf).filter(d -> counts(d, asOf)).ifPresent(out::add);
    }
    return out;
  }

  /**
   * An item's state as of {@code asOf}: the winning row of the latest drop on or before it, or
   * empty when no such drop carries the item.
   */
  public static <T> Optional<Delivery<T>> state(List<Delivery<T>> item, LocalDate asOf) {
    Optional<LocalDate> latest =
        item.stream().map(Delivery::drop).filter(d -> !d.isAfter(asOf)).max(LocalDate::compareTo);
    return latest.flatMap(
        drop -> item.stream().filter(d -> d.drop().equals(drop)).min(WITHIN_DROP));
  }

  /** True when a state row counts as of a day: published, and dated on or before it. */
  public static boolean counts(Delivery<?> state, LocalDate asOf) {
    return state.published() && !state.itemDate().isAfter(asOf);
  }

  private static <T> Map<String, List<Delivery<T>>> byItem(List<Delivery<T>> deliveries) {
    Map<String, List<Delivery<T>>> out = new LinkedHashMap<>();
    for (Delivery<T> d : deliveries) {
      out.computeIfAbsent(d.kind() + "\u0000" + d.id(), k -> new ArrayList<>()).add(d);
    }
    return out;
  }
}
