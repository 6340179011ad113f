package cn.kczg.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A benchmark inbox: {@code items} distinct items over {@code drops} weekly drops ending 2022-07-11,
 * cumulative or windowed ({@link ExportShape}), streamed one item at a time (memory does not grow with the item count). The registry
 * sits in the first drop. About 90% of items stay published; the rest are pending, pending then
 * published, withdrawn or blank. Ids are {@code <prefix>2022<9-digit index>}.
 */
final class ScaleSample {
  /** Share of each kind in percent, in {@link ItemKind} order. */
  private static final int[] KIND_PERCENT = {20, 15, 8, 50, 7};

  private static final int HISTORY_DAYS = 120;

  private ScaleSample() {}

  /** Writes the inbox; returns the number of item rows written over all drops. */
  static long write(
      Path inbox, int orgCount, long itemCount, int dropCount, long seed, ExportShape shape)
      throws IOException {
    Random random = new Random(seed);
    List<LocalDate> drops = dropDates(dropCount);
    List<Organization> orgs = ScaleRegistry.build(orgCount, random);
    // A windowed export never carries items older than its window: they start within it.
    LocalDate start =
        drops
            .get(0)
            .minusDays(shape == ExportShape.WINDOWED ? ExportShape.WINDOW_DAYS : HISTORY_DAYS);
    long span = ChronoUnit.DAYS.between(start, CitySample.LAST_DROP) + 1;
    try (InboxWriter writer = new InboxWriter(inbox, drops, shape)) {
      writer.registry(drops.get(0), orgs);
      for (long i = 0; i < itemCount; i++) {
        Organization org = orgs.get((int) (orgCount * Math.pow(random.nextDouble(), 2)));
        LocalDate day = start.plusDays((long) Math.floor(span * Math.sqrt(random.nextDouble())));
        writer.item(item(i, org, day, drops, random));
      }
      return writer.rows();
    }
  }

  /** {@code count} weekly dates, the last one 2022-07-11. */
  static List<LocalDate> dropDates(int count) {
    List<LocalDate> drops = new ArrayList<>(count);
    for (int d = count - 1; d >= 0; d--) {
      drops.add(CitySample.LAST_DROP.minusWeeks(d));
    }
    return drops;
  }

  private static SampleItem item(
      long index, Organization org, LocalDate day, List<LocalDate> drops, Random random) {
    ItemKind kind = kind(random.nextInt(100));
    String id = kind.idPrefix() + "2022" + String.format(Locale.ROOT, "%09d", index);
    String orgText = orgText(org, random);
    return new SampleItem(
        kind,
        id,
        realistic(kind, ItemTexts.details(kind, org.category(), random), day, random),
        orgText,
        org.account(),
        day,
        DateTexts.mixed(day, random),
        lifecycle(day, drops, random));
  }

  /**
   * Closer to real data than the city sample's small vocabularies, which are fine for 300
   * organizations: at scale an organization with a hundred news items would repeat each title many
   * times, and two-character expert names would give thousands of namesakes with the same title and
   * field, so most organizations would be flagged for padded titles or duplicate experts, as no
   * real data is; the integrity benchmark needs a realistic flag rate. News and activity titles
   * carry their day ("6月12日，公司召开…"), as real ones mostly do, and experts have two-character given
   * names.
   */
  private static List<String> realistic(
      ItemKind kind, List<String> details, LocalDate day, Random random) {
    List<String> out = new ArrayList<>(details);
    switch (kind) {
      case NEWS, ACTIVITIES ->
          out.set(0, day.getMonthValue() + "月" + day.getDayOfMonth() + "日，" + details.get(0));
      case EXPERTS -> out.set(0, PeopleNames.fullName(random));
      default -> {}
    }
    return out;
  }

  private static ItemKind kind(int percent) {
    int bound = 0;
    for (ItemKind kind : ItemKind.values()) {
      bound += KIND_PERCENT[kind.ordinal()];
      if (percent < bound) {
        return kind;
      }
    }
    return ItemKind.ACTIVITIES;
  }

  private static String orgText(Organization org, Random random) {
    if (random.nextInt(100) >= 3) {
      return org.name();
    }
    return org.hasAccount()
        ? NameVariants.shortened(org.name())
        : NameVariants.equivalent(org.name(), random);
  }

  private static Lifecycle lifecycle(LocalDate day, List<LocalDate> drops, Random random) {
    int pick = random.nextInt(100);
    if (pick < 90) {
      return Lifecycle.published();
    }
    LocalDate later = firstDropAfter(day.plusDays(6), drops);
    if (pick < 93 || later == null) {
      return Lifecycle.constant(pick < 98 ? Lifecycle.PENDING : Lifecycle.BLANK);
    }
    if (pick < 95) {
      return Lifecycle.pendingUntil(later);
    }
    return pick < 98 ? Lifecycle.withdrawnAt(later) : Lifecycle.constant(Lifecycle.BLANK);
  }

  private static LocalDate firstDropAfter(LocalDate day, List<LocalDate> drops) {
    return drops.stream().filter(day::isBefore).findFirst().orElse(null);
  }
}
