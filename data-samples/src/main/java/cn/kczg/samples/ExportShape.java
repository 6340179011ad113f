package cn.kczg.samples;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The two shapes of item export seen in practice (platform-exports.md): cumulative, every item the
 * platform holds in every drop; windowed, the items of the last {@link #WINDOW_DAYS} days in each
 * drop, so an item appears in a few consecutive drops and then no more, while the experts list is
 * always complete.
 */
enum ExportShape {
  CUMULATIVE,
  WINDOWED;

  /** How far back a windowed export reaches: items dated within three weeks of its date. */
  static final int WINDOW_DAYS = 20;

  /** The shape named {@code cumulative} or {@code windowed}. */
  static ExportShape parse(String text) {
    for (ExportShape s : values()) {
      if (s.name().equalsIgnoreCase(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "--shape must be cumulative or windowed, not '" + text + "'");
  }

  /** Whether the drop of {@code drop} carries an item of {@code kind} that exists from {@code day}. */
  boolean carries(ItemKind kind, LocalDate day, LocalDate drop) {
    if (day.isAfter(drop)) {
      return false;
    }
    return this == CUMULATIVE || kind == ItemKind.EXPERTS || !day.plusDays(WINDOW_DAYS).isBefore(drop);
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
