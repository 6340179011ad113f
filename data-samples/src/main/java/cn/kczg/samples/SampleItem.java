package cn.kczg.samples;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One item row as the platform exports it, plus when it exists and how its status evolves.
 *
 * @param id the id cell; empty for a row the platform exported without one
 * @param details the kind's detail cells (title, field, …), see {@link ItemKind#header()}
 * @param orgText the org cell exactly as written, variants and blanks included
 * @param exists the item's true day: drops dated before it do not carry the row
 * @param dateText the time cell as written; usually {@code exists} in some format, or garbage
 */
record SampleItem(
    ItemKind kind,
    String id,
    List<String> details,
    String orgText,
    String account,
    LocalDate exists,
    String dateText,
    Lifecycle lifecycle) {

  SampleItem {
    requireNonNull(kind, "kind is null");
    requireNonNull(id, "id is null");
    requireNonNull(exists, "exists is null");
    requireNonNull(lifecycle, "lifecycle is null");
  }

  SampleItem withId(String newId) {
    return new SampleItem(kind, newId, details, orgText, account, exists, dateText, lifecycle);
  }

  SampleItem withLifecycle(Lifecycle newLifecycle) {
    return new SampleItem(kind, id, details, orgText, account, exists, dateText, newLifecycle);
  }
}
