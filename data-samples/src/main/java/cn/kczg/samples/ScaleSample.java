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
 * A benchmark inbox: {@code items} distinct items over {@code drops} weekly drops ending
 * 2022-07-11, cumulative or windowed ({@link ExportShape}), streamed one item at a time (memory
 * does not grow with the item count). The registry sits in the first drop. About 90% of items stay
 * published; the rest are pending, pending then published, withdrawn or blank. Ids are {@code
 * <prefix>2022<9-digit index>}.
 */
final class ScaleSample {
  /** Share of each kind in percent, in {@link ItemKind} order. */
  private static final int[] KIND_PERCENT = {20, 15, 8, 50, 7};

  private static final int HISTORY_DAYS = 120;

  private ScaleSample() {}

  /**
   * Writes the inbox; returns the number of item rows written over all drops. The integrity checks'
   * planted cases and look-alikes ({@link IntegrityCases}) are among the items, on organizations of
   * their own, and listed in {@code planted.csv}.
   */
  static long write(
      Path inbox, int orgCount, long itemCount, int dropCount, long seed, ExportShape shape)
      throws IOException {
    return write(inbox, orgCount, itemCount, dropCount, seed, shape, false);
  }

  /**
   * As {@link #write(Path, int, long, int, long, ExportShape)}; with {@code refusedFile} the drop
   * of the case {@code burst-refused-drop} also holds a file the ingest refuses, as that case
   * describes (the ingest then exits 1, which other benchmarks would take for a failure).
   */
  static long write(
      Path inbox,
      int orgCount,
      long itemCount,
      int dropCount,
      long seed,
      ExportShape shape,
      boolean refusedFile)
      throws IOException {
    Random random = new Random(seed);
    List<LocalDate> drops = dropDates(dropCount);
    List<Organization> orgs = ScaleRegistry.build(orgCount, random);
    // A windowed export never carries items older than its window: they start within it.
    LocalDate start =
        drops
            .get(0)
            .minusDays(shape == ExportShape.WINDOWED ? ExportShape.WINDOW_DAYS : HISTORY_DAYS);
    IntegrityCases cases = IntegrityCases.plan(orgs, drops, start, itemCount, seed);
    long span = ChronoUnit.DAYS.between(start, CitySample.LAST_DROP) + 1;
    long randomItems = itemCount - cases.itemCount();
    long rows;
    try (InboxWriter writer = new InboxWriter(inbox, drops, shape, ScaleTexts.HEADERS)) {
      writer.registry(drops.get(0), orgs);
      for (long i = 0; i < randomItems; i++) {
        Organization org = randomOrg(orgs, cases, random);
        LocalDate day = start.plusDays((long) Math.floor(span * Math.sqrt(random.nextDouble())));
        writer.item(item(i, org, day, drops, random));
      }
      cases.write(writer, randomItems);
      rows = writer.rows();
    }
    cases.writeList(inbox);
    if (refusedFile) {
      cases.writeRefusedFile(inbox);
    }
    return rows;
  }

  /** An organization drawn with the benchmark's skew (a few hold many items), none of a case. */
  private static Organization randomOrg(
      List<Organization> orgs, IntegrityCases cases, Random random) {
    while (true) {
      Organization org = orgs.get((int) (orgs.size() * Math.pow(random.nextDouble(), 2)));
      if (!cases.reserves(org)) {
        return org;
      }
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
        ScaleTexts.details(kind, day, random),
        orgText,
        org.account(),
        day,
        DateTexts.mixed(day, random),
        lifecycle(day, drops, random));
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
