package cn.kczg.samples;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes items with random detail cells, mixed date formats and fresh platform-style ids such as
 * {@code CG2022583104}: random, unique within a kind.
 */
final class ItemFactory {
  private final Random random;
  private final List<Set<Integer>> usedIds = List.of(set(), set(), set(), set(), set());

  ItemFactory(Random random) {
    this.random = random;
  }

  /** An item written with the organization's registry name and account. */
  SampleItem item(ItemKind kind, Organization org, LocalDate day, Lifecycle lifecycle) {
    return item(kind, org, org.name(), org.account(), day, lifecycle);
  }

  /** An item whose org and account cells are given as written. */
  SampleItem item(
      ItemKind kind,
      Organization org,
      String orgText,
      String account,
      LocalDate day,
      Lifecycle lifecycle) {
    List<String> details = ItemTexts.details(kind, org.category(), random);
    String dateText = DateTexts.mixed(day, random);
    return new SampleItem(kind, freshId(kind), details, orgText, account, day, dateText, lifecycle);
  }

  /** A new id of the kind, never handed out before by this factory. */
  String freshId(ItemKind kind) {
    Set<Integer> used = usedIds.get(kind.ordinal());
    while (true) {
      int number = 100_000 + random.nextInt(900_000);
      if (used.add(number)) {
        return kind.idPrefix() + "2022" + number;
      }
    }
  }

  Random random() {
    return random;
  }

  private static Set<Integer> set() {
    return new HashSet<>();
  }
}
