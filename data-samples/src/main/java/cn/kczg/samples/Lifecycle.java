package cn.kczg.samples;

import java.time.LocalDate;

/**
 * The 状态 an item shows in each drop: {@code before} in drops dated before {@code switchDrop},
 * {@code after} from it on. A null status means the row is absent from that drop (used for a
 * duplicate row that only one drop carries).
 *
 * <p>Example: {@code withdrawnAt(2022-07-04)} is 已发布 in the drops of 06-20 and 06-27 and 已下架 in
 * those of 07-04 and 07-11.
 */
record Lifecycle(String before, LocalDate switchDrop, String after) {
  static final String PUBLISHED = "已发布";
  static final String PENDING = "待审核";
  static final String WITHDRAWN = "已下架";
  static final String BLANK = "";

  private static final Lifecycle ALWAYS_PUBLISHED = constant(PUBLISHED);

  static Lifecycle published() {
    return ALWAYS_PUBLISHED;
  }

  static Lifecycle constant(String status) {
    return new Lifecycle(status, null, status);
  }

  static Lifecycle pendingUntil(LocalDate drop) {
    return new Lifecycle(PENDING, drop, PUBLISHED);
  }

  static Lifecycle withdrawnAt(LocalDate drop) {
    return new Lifecycle(PUBLISHED, drop, WITHDRAWN);
  }

  /** A row present only from {@code drop} on, with the given status. */
  static Lifecycle onlyFrom(LocalDate drop, String status) {
    return new Lifecycle(null, drop, status);
  }

  /** The status in the drop of that date, or null when the drop has no such row. */
  String statusAt(LocalDate drop) {
    return switchDrop == null || drop.isBefore(switchDrop) ? before : after;
  }
}
