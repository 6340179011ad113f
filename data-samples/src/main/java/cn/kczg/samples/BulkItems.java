package cn.kczg.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Items of the generated (not pinned) organizations of the city sample. Each organization gets
 * exactly its planned published count per kind as of the last drop, dated between when it joined
 * (not before the campaign start) and the last drop, somewhat more of them late in the campaign. On
 * top come items that never count then: pending, blank-status and withdrawn ones.
 */
final class BulkItems {
  private final ItemFactory factory;
  private final Random random;
  private final List<SampleItem> sink;

  private BulkItems(ItemFactory factory, List<SampleItem> sink) {
    this.factory = factory;
    this.random = factory.random();
    this.sink = sink;
  }

  /** Adds the items of every planned organization to {@code sink}. */
  static void add(List<CityRegistry.Planned> planned, ItemFactory factory, List<SampleItem> sink) {
    BulkItems bulk = new BulkItems(factory, sink);
    planned.forEach(bulk::addOrganization);
  }

  private void addOrganization(CityRegistry.Planned plan) {
    Organization org = plan.org();
    int[] counts = CountPlan.counts(plan.profile(), CountPlan.targets(org), random);
    for (ItemKind kind : ItemKind.values()) {
      for (int i = 0; i < counts[kind.ordinal()]; i++) {
        LocalDate day = randomDay(org);
        sink.add(factory.item(kind, org, orgText(org), org.account(), day, countedLifecycle(day)));
      }
    }
    int noise = random.nextInt(4);
    for (int i = 0; i < noise; i++) {
      addNoise(org);
    }
  }

  /** Published on the last drop; now and then first pending for a week or more. */
  private Lifecycle countedLifecycle(LocalDate day) {
    if (random.nextInt(100) < 5) {
      LocalDate reviewed = firstDropOnOrAfter(day.plusDays(7));
      if (reviewed != null) {
        return Lifecycle.pendingUntil(reviewed);
      }
    }
    return Lifecycle.published();
  }

  private void addNoise(Organization org) {
    ItemKind kind = ItemKind.values()[random.nextInt(ItemKind.values().length)];
    LocalDate day = randomDay(org);
    int pick = random.nextInt(20);
    Lifecycle lifecycle;
    LocalDate firstCarried = firstDropOnOrAfter(day);
    if (pick < 7 && firstCarried.isBefore(CitySample.LAST_DROP)) {
      List<LocalDate> later = CitySample.DROPS.stream().filter(firstCarried::isBefore).toList();
      lifecycle = Lifecycle.withdrawnAt(later.get(random.nextInt(later.size())));
    } else if (pick < 12) {
      lifecycle = Lifecycle.constant(Lifecycle.BLANK);
    } else {
      lifecycle = Lifecycle.constant(Lifecycle.PENDING);
    }
    sink.add(factory.item(kind, org, orgText(org), org.account(), day, lifecycle));
  }

  private String orgText(Organization org) {
    int pick = random.nextInt(100);
    if (org.hasAccount()) {
      return pick < 4 ? NameVariants.shortened(org.name()) : org.name();
    }
    return pick < 6 ? NameVariants.equivalent(org.name(), random) : org.name();
  }

  private LocalDate randomDay(Organization org) {
    LocalDate start =
        org.joined().isAfter(CitySample.CAMPAIGN_START) ? org.joined() : CitySample.CAMPAIGN_START;
    long span = ChronoUnit.DAYS.between(start, CitySample.LAST_DROP);
    // The power below 1 skews dates mildly toward the end: publishing picked up near the deadline.
    return start.plusDays((long) Math.floor((span + 1) * Math.pow(random.nextDouble(), 0.8)));
  }

  private static LocalDate firstDropOnOrAfter(LocalDate day) {
    return CitySample.DROPS.stream().filter(drop -> !drop.isBefore(day)).findFirst().orElse(null);
  }
}
