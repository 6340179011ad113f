package cn.kczg.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Spells out one pinned organization's items batch by batch, so that its counts can be derived by
 * hand. Dates of a batch are spread evenly from its first to its last day, both included.
 *
 * <pre>{@code
 * script.published(ItemKind.NEWS, 27, "2022-03-10", "2022-06-26")
 *     .one(ItemKind.NEWS, "2022-06-27", "2022-06-27 18:45:00", Lifecycle.published());
 * }</pre>
 */
final class ItemScript {
  private final Organization org;
  private final ItemFactory factory;
  private final List<SampleItem> sink;
  private List<String> names;
  private int nameTurn;
  private String account;

  ItemScript(Organization org, ItemFactory factory, List<SampleItem> sink) {
    this.org = org;
    this.factory = factory;
    this.sink = sink;
    this.names = List.of(org.name());
    this.account = org.account();
  }

  /** Following items write their org cell with these spellings, taking turns. */
  ItemScript names(String... spellings) {
    names = List.of(spellings);
    nameTurn = 0;
    return this;
  }

  /** Following items carry this account (empty for none). */
  ItemScript account(String newAccount) {
    account = newAccount;
    return this;
  }

  /** {@code count} items that stay published in every drop carrying them. */
  ItemScript published(ItemKind kind, int count, String first, String last) {
    return batch(kind, count, first, last, Lifecycle.published());
  }

  /** {@code count} items with the given lifecycle, dated evenly from first to last. */
  ItemScript batch(ItemKind kind, int count, String first, String last, Lifecycle lifecycle) {
    LocalDate from = LocalDate.parse(first);
    long span = ChronoUnit.DAYS.between(from, LocalDate.parse(last));
    for (int i = 0; i < count; i++) {
      LocalDate day = from.plusDays(count == 1 ? 0 : span * i / (count - 1));
      sink.add(factory.item(kind, org, nextName(), account, day, lifecycle));
    }
    return this;
  }

  /** One item existing from {@code day} whose time cell reads {@code dateText}. */
  ItemScript one(ItemKind kind, String day, String dateText, Lifecycle lifecycle) {
    SampleItem item = factory.item(kind, org, nextName(), account, LocalDate.parse(day), lifecycle);
    sink.add(
        new SampleItem(
            kind,
            item.id(),
            item.details(),
            item.orgText(),
            item.account(),
            item.exists(),
            dateText,
            lifecycle));
    return this;
  }

  /** One item exported without an id. */
  ItemScript withoutId(ItemKind kind, String day) {
    sink.add(
        factory
            .item(kind, org, nextName(), account, LocalDate.parse(day), Lifecycle.published())
            .withId(""));
    return this;
  }

  /** A second row for the last item, present only from {@code drop} on, with {@code status}. */
  ItemScript duplicateLast(String drop, String status) {
    SampleItem last = sink.get(sink.size() - 1);
    sink.add(last.withLifecycle(Lifecycle.onlyFrom(LocalDate.parse(drop), status)));
    return this;
  }

  private String nextName() {
    return names.get(nameTurn++ % names.size());
  }
}
