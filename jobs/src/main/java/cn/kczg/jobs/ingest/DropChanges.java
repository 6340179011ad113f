package cn.kczg.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.kczg.jobs.store.Manifests;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.model.ItemKind;
import io.delta.tables.DeltaTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Applies what the tasks found in one drop to the {@link CurrentIndex}, on the driver: each item's
 * new version replaces its current state (and the replaced version gets its end, a supersession
 * row), new items join, re-encoded records move the item's raw fingerprint; what the drop carried
 * is written as its {@link Manifests manifest}.
 *
 * <p>An item the drop carries more than once with different content (twice in a file, in two
 * files, or again in a later batch of the same drop) is resolved by {@link WithinDrop}: the losing
 * version rows are deleted from the batch and count as unchanged. Finding the line of a delivery
 * that was skipped as unchanged takes a second, hash-only pass over that kind's pieces, so it costs
 * only when such a conflict occurs.
 */
final class DropChanges {
  private static final byte SEEN = 1;
  private static final byte WRITTEN = 2;
  private static final byte REENCODED = 4;

  /**
   * Per file: rows read, stored (new versions), unchanged, quarantined; the supersession and
   * quarantine rows; the slots of the items given a new version.
   */
  record Outcome(
      Map<InboxFile, long[]> counts,
      List<Row> supersessions,
      List<Row> quarantine,
      List<Integer> changed) {}

  /** A parsed record that takes part in a conflict. */
  private record Entry(InboxFile file, PieceReport.Parsed parsed) {}

  private final Warehouse warehouse;
  private final String batchId;
  private final LocalDate drop;
  private final CurrentIndex index;
  private final Map<InboxFile, long[]> counts = new java.util.LinkedHashMap<>();
  private final List<Row> supersessions = new ArrayList<>();
  private final List<Row> quarantine = new ArrayList<>();
  private final BitSet delivered = new BitSet();
  private final List<Integer> changed = new ArrayList<>();

  DropChanges(Warehouse warehouse, String batchId, LocalDate drop, CurrentIndex index) {
    this.warehouse = warehouse;
    this.batchId = batchId;
    this.drop = drop;
    this.index = index;
  }

  /** Applies the scan; writes the drop's manifest. */
  Outcome apply(DropScan.Result scan) {
    int startSize = index.size();
    byte[] state = new byte[startSize];
    Set<Integer> conflicts = new HashSet<>();
    long[] newKeys = firstPass(scan, state, conflicts);
    Set<Long> duplicated = duplicates(newKeys);
    List<Entry> held = new ArrayList<>();
    for (var e : scan.reports().entrySet()) {
      for (PieceReport.Ref ref : e.getValue()) {
        PieceReport r = ref.read();
        for (int i = 0; i < r.parsedCount(); i++) {
          PieceReport.Parsed p = r.parsed(i);
          boolean conflicting =
              p.slot() >= 0 ? conflicts.contains(p.slot()) : duplicated.contains(p.keyHash());
          if (conflicting) {
            held.add(new Entry(e.getKey(), p));
          } else {
            apply(e.getKey(), p);
          }
        }
      }
    }
    if (!held.isEmpty()) {
      new Conflicts(scan, state, held).resolve();
    }
    writeManifest(scan);
    return new Outcome(counts, supersessions, quarantine, changed);
  }

  /**
   * Counts, quarantined rows, items seen unchanged; marks the slots delivered more than once with
   * different content; returns the fingerprints of new items, to find those delivered twice.
   */
  private long[] firstPass(DropScan.Result scan, byte[] state, Set<Integer> conflicts) {
    LongList newKeys = new LongList();
    for (var e : scan.reports().entrySet()) {
      long[] c = counts.computeIfAbsent(e.getKey(), f -> new long[4]);
      for (PieceReport.Ref ref : e.getValue()) {
        PieceReport r = ref.read();
        c[0] += r.read;
        c[1] += r.written;
        c[2] += r.unchanged;
        c[3] += r.quarantined;
        for (int i = 0; i < r.seen.size(); i++) {
          state[r.seen.get(i)] |= SEEN;
          delivered.set(r.seen.get(i));
        }
        for (PieceReport.Reject x : r.rejects) {
          quarantine.add(
              RowFactory.create(
                  e.getKey().definition().id(),
                  x.reason(),
                  x.detail(),
                  x.raw(),
                  drop,
                  e.getKey().display(),
                  x.line(),
                  batchId));
        }
        for (int i = 0; i < r.parsedCount(); i++) {
          PieceReport.Parsed p = r.parsed(i);
          if (p.slot() < 0) {
            newKeys.add(p.keyHash());
          }
        }
      }
    }
    // Once every unchanged delivery is marked: which items were delivered again with other content.
    int today = (int) drop.toEpochDay();
    for (var e : scan.reports().entrySet()) {
      for (PieceReport.Ref ref : e.getValue()) {
        PieceReport r = ref.read();
        for (int i = 0; i < r.parsedCount(); i++) {
          PieceReport.Parsed p = r.parsed(i);
          int s = p.slot();
          if (s < 0) {
            continue;
          }
          boolean clash =
              p.written()
                  ? (state[s] & (SEEN | WRITTEN | REENCODED)) != 0 || index.from(s) == today
                  : (state[s] & WRITTEN) != 0;
          if (clash) {
            conflicts.add(s);
          }
          state[s] |= p.written() ? WRITTEN : REENCODED;
        }
      }
    }
    return newKeys.toArray();
  }

  private static Set<Long> duplicates(long[] keys) {
    Arrays.sort(keys);
    Set<Long> out = new HashSet<>();
    for (int i = 1; i < keys.length; i++) {
      if (keys[i] == keys[i - 1]) {
        out.add(keys[i]);
      }
    }
    return out;
  }

  /** One record's effect when nothing else in the drop concerns its item. */
  private void apply(InboxFile file, PieceReport.Parsed p) {
    int s = p.slot();
    if (!p.written()) {
      index.relocateLine(s, p.lineHash(), p.lineCheck());
      delivered.set(s);
      return;
    }
    int today = (int) drop.toEpochDay();
    if (s >= 0) {
      supersede(s, file.definition().kind(), p.itemId());
      index.replace(s, p.lineHash(), p.lineCheck(), p.contentHash(), p.contentCheck(), today);
    } else {
      s =
          index.add(
              file.definition().kind(),
              p.keyHash(),
              p.keyCheck(),
              p.lineHash(),
              p.lineCheck(),
              p.contentHash(),
              p.contentCheck(),
              today);
    }
    delivered.set(s);
    changed.add(s);
  }

  /** The current version of the item at {@code slot} ends at this drop. */
  private void supersede(int slot, ItemKind kind, String itemId) {
    supersessions.add(
        RowFactory.create(
            index.keyHash(slot),
            LocalDate.ofEpochDay(index.from(slot)),
            index.contentHash(slot),
            drop,
            kind.key(),
            itemId,
            batchId));
  }

  private void writeManifest(DropScan.Result scan) {
    int n = delivered.cardinality();
    long[] keys = new long[n];
    long[] contents = new long[n];
    byte[] kinds = new byte[n];
    int i = 0;
    for (int s = delivered.nextSetBit(0); s >= 0; s = delivered.nextSetBit(s + 1)) {
      keys[i] = index.keyHash(s);
      contents[i] = index.contentHash(s);
      kinds[i++] = (byte) index.kind(s).ordinal();
    }
    int mask = 0;
    for (InboxFile f : scan.reports().keySet()) {
      mask |= 1 << f.definition().kind().ordinal();
    }
    new Manifests(warehouse).write(drop, batchId, keys, contents, kinds, mask);
  }

  /**
   * The items delivered more than once in the drop with different content: their candidates'
   * fields read back, the winner by {@link WithinDrop}, the losers' rows deleted.
   */
  private final class Conflicts {
    private final DropScan.Result scan;
    private final byte[] state;
    private final List<Entry> held;

    Conflicts(DropScan.Result scan, byte[] state, List<Entry> held) {
      this.scan = scan;
      this.state = state;
      this.held = held;
    }

    void resolve() {
      Map<List<Long>, List<Entry>> byItem = new TreeMap<>(Conflicts::compareKeys);
      for (Entry e : held) {
        byItem
            .computeIfAbsent(
                List.of(e.parsed().keyHash(), (long) e.parsed().keyCheck()), k -> new ArrayList<>())
            .add(e);
      }
      Set<Long> keys = new HashSet<>();
      byItem.keySet().forEach(k -> keys.add(k.get(0)));
      Map<String, Row> rows = versionRows(keys);
      Map<Integer, List<long[]>> unchangedLines = unchangedLines(byItem);
      List<Row> losers = new ArrayList<>();
      for (List<Entry> entries : byItem.values()) {
        decide(entries, rows, unchangedLines, losers);
      }
      deleteLosers(losers);
    }

    private static int compareKeys(List<Long> a, List<Long> b) {
      int c = Long.compare(a.get(0), b.get(0));
      return c != 0 ? c : Long.compare(a.get(1), b.get(1));
    }

    /**
     * The rows this batch wrote for the drop and the items' current versions, by {@link #rowKey}.
     */
    private Map<String, Row> versionRows(Set<Long> keys) {
      Map<String, Row> out = new HashMap<>();
      for (Row r :
          warehouse
              .read(Tables.VERSIONS, Tables.versions())
              .where(col("key_hash").isin(keys.toArray()))
              .collectAsList()) {
        out.put(rowKey(r), r);
      }
      return out;
    }

    private static String rowKey(Row r) {
      return r.<String>getAs("batch_id")
          + "|"
          + r.getAs("valid_from")
          + "|"
          + r.getAs("source_file")
          + "|"
          + r.<Long>getAs("line")
          + "|"
          + r.<Long>getAs("key_hash");
    }

    /**
     * For items also delivered unchanged in the drop: the lines of those deliveries, found by a
     * pass over the drop's pieces of their kinds ({@code {file index, line}} per slot).
     */
    private Map<Integer, List<long[]>> unchangedLines(Map<List<Long>, List<Entry>> byItem) {
      Map<Integer, List<long[]>> out = new HashMap<>();
      List<Integer> slots = new ArrayList<>();
      for (List<Entry> entries : byItem.values()) {
        int s = entries.get(0).parsed().slot();
        if (s >= 0 && (state[s] & SEEN) != 0) {
          slots.add(s);
        }
      }
      if (slots.isEmpty()) {
        return out;
      }
      List<ItemPiece> pieces =
          scan.pieces().stream()
              .filter(p -> slots.stream().anyMatch(s -> index.kind(s) == PieceScan.kindOf(p)))
              .toList();
      for (LineFinder.Found f : LineFinder.find(warehouse, pieces, index, slots)) {
        out.computeIfAbsent(f.slot(), s -> new ArrayList<>())
            .add(new long[] {fileIndex(f.file()), f.line()});
      }
      return out;
    }

    private long fileIndex(String display) {
      List<InboxFile> files = new ArrayList<>(scan.reports().keySet());
      for (int i = 0; i < files.size(); i++) {
        if (files.get(i).display().equals(display)) {
          return i;
        }
      }
      throw new IllegalStateException("no file " + display);
    }

    private void decide(
        List<Entry> entries,
        Map<String, Row> rows,
        Map<Integer, List<long[]>> unchangedLines,
        List<Row> losers) {
      int slot = entries.get(0).parsed().slot();
      List<InboxFile> files = new ArrayList<>(scan.reports().keySet());
      List<Candidate> candidates = new ArrayList<>();
      for (Entry e : entries) {
        PieceReport.Parsed p = e.parsed();
        if (p.written()) {
          Row r =
              rows.get(
                  batchId
                      + "|"
                      + drop
                      + "|"
                      + e.file().display()
                      + "|"
                      + p.line()
                      + "|"
                      + p.keyHash());
          candidates.add(new Candidate(delivery(r, e.file().display(), p.line()), r, e, null));
        }
      }
      Row current = slot >= 0 ? currentRow(slot, rows) : null;
      if (current != null) {
        for (Entry e : entries) {
          if (!e.parsed().written()) {
            candidates.add(
                new Candidate(
                    delivery(current, e.file().display(), e.parsed().line()), null, null, current));
          }
        }
        for (long[] at : unchangedLines.getOrDefault(slot, List.of())) {
          String file = files.get((int) at[0]).display();
          candidates.add(new Candidate(delivery(current, file, at[1]), null, null, current));
        }
        if (index.from(slot) == (int) drop.toEpochDay()) {
          candidates.add(
              new Candidate(
                  delivery(current, current.getAs("source_file"), current.getAs("line")),
                  null,
                  null,
                  current));
        }
      }
      candidates.sort((a, b) -> WithinDrop.ORDER.compare(a.delivery(), b.delivery()));
      Candidate winner = candidates.get(0);
      for (Candidate c : candidates) {
        if (c != winner && c.written() != null) {
          losers.add(c.written());
          long[] n = counts.get(c.entry().file());
          n[1]--;
          n[2]++;
        }
      }
      if (winner.entry() != null) {
        apply(winner.entry().file(), winner.entry().parsed());
      } else if (slot >= 0) {
        delivered.set(slot);
      }
    }

    /**
     * The item's current version row (read among {@code rows}), or null; the rows this drop wrote
     * for the item hold other content, so they never match.
     */
    private Row currentRow(int slot, Map<String, Row> rows) {
      LocalDate from = LocalDate.ofEpochDay(index.from(slot));
      for (Row r : rows.values()) {
        if (r.<Long>getAs("key_hash") == index.keyHash(slot)
            && from.equals(r.getAs("valid_from"))
            && r.<Long>getAs("content_hash") == index.contentHash(slot)) {
          return r;
        }
      }
      return null;
    }

    private static WithinDrop.Delivery delivery(Row r, String file, long line) {
      return new WithinDrop.Delivery(
          r.getAs("published"),
          line,
          r.getAs("item_date"),
          r.getAs("account"),
          r.getAs("org_key"),
          r.getAs("org_name"),
          file,
          r.getAs("title"),
          r.getAs("field"),
          r.getAs("position"));
    }

    private void deleteLosers(List<Row> losers) {
      if (losers.isEmpty()) {
        return;
      }
      Column any = lit(false);
      for (Row r : losers) {
        any =
            any.or(
                col("key_hash")
                    .equalTo(lit(r.<Long>getAs("key_hash")))
                    .and(col("source_file").equalTo(lit(r.<String>getAs("source_file"))))
                    .and(col("line").equalTo(lit(r.<Long>getAs("line")))));
      }
      DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(Tables.VERSIONS))
          .delete(
              col("batch_id").equalTo(lit(batchId)).and(col("valid_from").equalTo(lit(drop))).and(any));
    }
  }

  /** A delivery in a conflict: the row this batch wrote for it, or the item's current version. */
  private record Candidate(WithinDrop.Delivery delivery, Row written, Entry entry, Row current) {}

  /** A growable list of longs without boxing. */
  private static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
