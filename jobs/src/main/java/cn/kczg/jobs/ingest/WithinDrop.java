package cn.kczg.jobs.ingest;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * Counting rule 2 inside one drop: when a drop carries the same item more than once with different
 * content, a row that is not published wins (the cautious reading), then the first line; the rest
 * of the order only makes the choice deterministic (the same line number in two files of one drop).
 * Text is compared by code point, as Spark compares strings.
 */
final class WithinDrop {
  /** One delivery of an item in a drop, with what the order looks at. */
  record Delivery(
      boolean published,
      long line,
      LocalDate itemDate,
      String account,
      String orgKey,
      String orgName,
      String sourceFile,
      String title,
      String field,
      String position) {}

  /** The winning delivery first. */
  static final Comparator<Delivery> ORDER =
      Comparator.comparing(Delivery::published)
          .thenComparingLong(Delivery::line)
          .thenComparing(Delivery::itemDate, descending(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(Delivery::account, descending(WithinDrop::codePoints))
          .thenComparing(Delivery::orgKey, descending(WithinDrop::codePoints))
          .thenComparing(Delivery::orgName, descending(WithinDrop::codePoints))
          .thenComparing(Delivery::sourceFile, descending(WithinDrop::codePoints))
          .thenComparing(Delivery::title, descending(WithinDrop::codePoints))
          .thenComparing(Delivery::field, descending(WithinDrop::codePoints))
          .thenComparing(Delivery::position, descending(WithinDrop::codePoints));

  private WithinDrop() {}

  /** Descending, nulls last. */
  private static <T> Comparator<T> descending(Comparator<T> order) {
    return Comparator.nullsLast(order.reversed());
  }

  /** Code point order without decoding (UTF-16 order differs only around surrogates). */
  static int codePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        boolean sx = Character.isSurrogate(x);
        if (sx != Character.isSurrogate(y)) {
          return sx ? 1 : -1;
        }
        return Character.compare(x, y);
      }
    }
    return Integer.compare(a.length(), b.length());
  }
}
