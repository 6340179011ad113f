package cn.kczg.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import cn.kczg.jobs.store.Manifests;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * A drop dated on or before the newest drop already ingested. It is compared with the states that
 * held at its date (an index built for it), and its new versions are written as for any drop. Then
 * the drops after it are replayed from their {@link Manifests} for the items it changed: a later
 * drop that carried an item gives it back the content that drop delivered, from that drop on (a
 * version row is copied when the content came back without a row of its own); each replaced
 * version gets its supersession. The current index takes the items' final states. Rare, and it
 * costs a read of the versions that held at the late date.
 */
final class LateDrop {
  private final Warehouse warehouse;
  private final String batchId;

  LateDrop(Warehouse warehouse, String batchId) {
    this.warehouse = warehouse;
    this.batchId = batchId;
  }

  /**
   * Replays the drops in {@code later} (drop date to its committed batches, all after {@code
   * late}) for the items {@code changes} gave new versions at {@code late}; returns the copied
   * version rows to append and adds supersessions to {@code supersessions}; brings {@code current}
   * to the items' final states.
   */
  List<Row> replay(
      LocalDate late,
      CurrentIndex atLate,
      List<Integer> changedSlots,
      NavigableMap<LocalDate, List<String>> later,
      CurrentIndex current,
      List<Row> supersessions) {
    if (changedSlots.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Row>> rowsByKey = versionRows(atLate, changedSlots);
    Map<LocalDate, Manifests.Manifest> manifests = new HashMap<>();
    later.forEach((d, batches) -> manifests.put(d, new Manifests(warehouse).read(d, batches)));
    List<Row> copies = new ArrayList<>();
    for (int s : changedSlots) {
      long key = atLate.keyHash(s);
      List<Row> rows = rowsByKey.getOrDefault(key, List.of());
      LocalDate from = late;
      long content = atLate.contentHash(s);
      int contentCheck = atLate.contentCheck(s);
      boolean carriedLater = false;
      for (LocalDate d : later.keySet()) {
        Manifests.Manifest m = manifests.get(d);
        int i = m.find(key);
        if (i < 0) {
          continue;
        }
        long delivered = m.contents()[i];
        Row own = rowAt(rows, d, delivered);
        if (own == null && delivered == content) {
          carriedLater = true;
          continue;
        }
        Row source = own != null ? own : withContent(rows, delivered);
        if (source == null) {
          continue; // a content no version holds: cannot happen for a committed drop
        }
        supersessions.add(supersession(key, from, content, d, atLate.kind(s), source));
        if (own == null) {
          copies.add(copy(source, d));
        }
        from = d;
        content = delivered;
        contentCheck = source.getAs("content_check");
        carriedLater = true;
      }
      toCurrent(current, atLate, s, from, content, contentCheck, carriedLater);
    }
    return copies;
  }

  /** Every version row of the changed items, by identity. */
  private Map<Long, List<Row>> versionRows(CurrentIndex atLate, List<Integer> slots) {
    List<Long> keys = slots.stream().map(atLate::keyHash).distinct().toList();
    Map<Long, List<Row>> out = new HashMap<>();
    for (Row r :
        warehouse
            .read(Tables.VERSIONS, Tables.versions())
            .where(col("key_hash").isin(keys.toArray()))
            .collectAsList()) {
      out.computeIfAbsent(r.<Long>getAs("key_hash"), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  private static Row rowAt(List<Row> rows, LocalDate drop, long content) {
    for (Row r : rows) {
      if (drop.equals(r.getAs("valid_from")) && r.<Long>getAs("content_hash") == content) {
        return r;
      }
    }
    return null;
  }

  private static Row withContent(List<Row> rows, long content) {
    return rows.stream()
        .filter(r -> r.<Long>getAs("content_hash") == content)
        .findFirst()
        .orElse(null);
  }

  private Row supersession(
      long key, LocalDate from, long content, LocalDate at, ItemKind kind, Row any) {
    return RowFactory.create(
        key, from, content, at, kind.key(), any.<String>getAs("item_id"), batchId);
  }

  /** A version row holding {@code source}'s content again from {@code drop}. */
  private Row copy(Row source, LocalDate drop) {
    Object[] v = new Object[source.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = source.get(i);
    }
    v[source.fieldIndex("valid_from")] = drop;
    v[source.fieldIndex("batch_id")] = batchId;
    return RowFactory.create(v);
  }

  /** Brings the current index to the item's final state. */
  private static void toCurrent(
      CurrentIndex current,
      CurrentIndex atLate,
      int s,
      LocalDate from,
      long content,
      int contentCheck,
      boolean carriedLater) {
    int day = (int) from.toEpochDay();
    int slot = current.findKey(atLate.keyHash(s), atLate.keyCheck(s));
    if (slot < 0) {
      current.add(
          atLate.kind(s),
          atLate.keyHash(s),
          atLate.keyCheck(s),
          atLate.lineHash(s),
          atLate.lineCheck(s),
          content,
          contentCheck,
          day);
    } else if (carriedLater) {
      current.replace(
          slot, current.lineHash(slot), current.lineCheck(slot), content, contentCheck, day);
    } else {
      current.replace(slot, atLate.lineHash(s), atLate.lineCheck(s), content, contentCheck, day);
    }
  }
}
