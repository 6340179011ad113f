package cn.kczg.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The bundled 衡阳 2022 demo inbox: four weekly drops from 2022-06-20 to 2022-07-11, each a
 * cumulative export of the five item kinds; the registry in the first drop and an update (one
 * enterprise added) in the drop of 2022-07-04.
 */
final class CitySample {
  static final LocalDate CAMPAIGN_START = LocalDate.of(2022, 3, 1);
  static final List<LocalDate> DROPS =
      List.of(
          LocalDate.of(2022, 6, 20),
          LocalDate.of(2022, 6, 27),
          LocalDate.of(2022, 7, 4),
          LocalDate.of(2022, 7, 11));

  /** The drop that carries the updated registry. */
  static final LocalDate REGISTRY_UPDATE = LocalDate.of(2022, 7, 4);

  static final LocalDate LAST_DROP = DROPS.get(DROPS.size() - 1);

  private CitySample() {}

  /** Writes the inbox under {@code inbox}; returns the number of item rows written. */
  static long write(Path inbox, long seed) throws IOException {
    Random random = new Random(seed);
    CityRegistry registry = CityRegistry.build(random);
    ItemFactory factory = new ItemFactory(random);
    List<SampleItem> items = new ArrayList<>();
    BulkItems.add(registry.planned(), factory, items);
    PinnedCases.addItems(registry.pinned(), factory, items);
    // Exports list items by time, then id; the sort is stable, so a duplicate row follows its
    // original.
    items.sort(Comparator.comparing(SampleItem::exists).thenComparing(SampleItem::id));
    try (InboxWriter writer = new InboxWriter(inbox, DROPS)) {
      writer.registry(DROPS.get(0), registry.initial());
      writer.registry(REGISTRY_UPDATE, registry.updated());
      items.forEach(writer::item);
      return writer.rows();
    }
  }
}
