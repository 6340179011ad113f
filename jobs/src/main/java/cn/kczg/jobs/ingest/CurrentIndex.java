package cn.kczg.jobs.ingest;

import cn.kczg.schemas.model.ItemKind;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Every item's current state as an ingest compares deliveries with it: per item (a slot) its
 * identity, the fingerprint of the raw record that last delivered it, the fingerprint of its
 * content and the drop its version holds from; two open-addressing tables find a slot by raw record
 * and by identity. Nothing here is a string, so ten million items take about 600 MB.
 *
 * <p>A record whose raw fingerprint is found is an unchanged re-delivery and is neither decoded nor
 * parsed. Parse tasks read the index; only the driver changes it, between drops.
 */
final class CurrentIndex implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int EMPTY = 0;

  private long[] keyHash;
  private int[] keyCheck;
  private long[] lineHash;
  private int[] lineCheck;
  private long[] contentHash;
  private int[] contentCheck;
  private int[] from;
  private byte[] kind;
  private int size;
  private int[] byKey;
  private int[] byLine;

  CurrentIndex(int expected) {
    int n = Math.max(16, expected);
    keyHash = new long[n];
    keyCheck = new int[n];
    lineHash = new long[n];
    lineCheck = new int[n];
    contentHash = new long[n];
    contentCheck = new int[n];
    from = new int[n];
    kind = new byte[n];
    byKey = new int[tableSize(n)];
    byLine = new int[tableSize(n)];
  }

  /** Items held. */
  int size() {
    return size;
  }

  /** The slot of the item whose current raw record has this fingerprint, or -1. */
  int findLine(long hash, int check) {
    int mask = byLine.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      int s = byLine[i] - 1;
      if (s < 0) {
        return -1;
      }
      if (lineHash[s] == hash && lineCheck[s] == check) {
        return s;
      }
    }
  }

  /** The slot of the item with this identity, or -1. */
  int findKey(long hash, int check) {
    int mask = byKey.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      int s = byKey[i] - 1;
      if (s < 0) {
        return -1;
      }
      if (keyHash[s] == hash && keyCheck[s] == check) {
        return s;
      }
    }
  }

  /** Adds an item; returns its slot. */
  int add(ItemKind k, long key, int keyCk, long line, int lineCk, long content, int contentCk, int day) {
    if (size == keyHash.length) {
      grow();
    }
    int s = size++;
    kind[s] = (byte) k.ordinal();
    keyHash[s] = key;
    keyCheck[s] = keyCk;
    lineHash[s] = line;
    lineCheck[s] = lineCk;
    contentHash[s] = content;
    contentCheck[s] = contentCk;
    from[s] = day;
    insert(byKey, key, s);
    insert(byLine, line, s);
    return s;
  }

  /** A new version of the item at {@code slot}: its content, raw record and first drop. */
  void replace(int slot, long line, int lineCk, long content, int contentCk, int day) {
    relocateLine(slot, line, lineCk);
    contentHash[slot] = content;
    contentCheck[slot] = contentCk;
    from[slot] = day;
  }

  /** The same content delivered by another raw record (another encoding or column order). */
  void relocateLine(int slot, long line, int lineCk) {
    if (lineHash[slot] == line && lineCheck[slot] == lineCk) {
      return;
    }
    removeLine(slot);
    lineHash[slot] = line;
    lineCheck[slot] = lineCk;
    insert(byLine, line, slot);
  }

  ItemKind kind(int slot) {
    return ItemKind.values()[kind[slot]];
  }

  long keyHash(int slot) {
    return keyHash[slot];
  }

  int keyCheck(int slot) {
    return keyCheck[slot];
  }

  long lineHash(int slot) {
    return lineHash[slot];
  }

  int lineCheck(int slot) {
    return lineCheck[slot];
  }

  long contentHash(int slot) {
    return contentHash[slot];
  }

  int contentCheck(int slot) {
    return contentCheck[slot];
  }

  /** The drop (epoch day) the item's current version holds from. */
  int from(int slot) {
    return from[slot];
  }

  /** Writes the index (the slots; the tables are rebuilt on reading). */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(size);
    for (int s = 0; s < size; s++) {
      out.writeByte(kind[s]);
      out.writeLong(keyHash[s]);
      out.writeInt(keyCheck[s]);
      out.writeLong(lineHash[s]);
      out.writeInt(lineCheck[s]);
      out.writeLong(contentHash[s]);
      out.writeInt(contentCheck[s]);
      out.writeInt(from[s]);
    }
  }

  /** Reads what {@link #write} wrote. */
  static CurrentIndex read(DataInputStream in) throws IOException {
    int n = in.readInt();
    CurrentIndex index = new CurrentIndex(n);
    ItemKind[] kinds = ItemKind.values();
    for (int s = 0; s < n; s++) {
      ItemKind k = kinds[in.readByte()];
      long key = in.readLong();
      int keyCk = in.readInt();
      long line = in.readLong();
      int lineCk = in.readInt();
      long content = in.readLong();
      int contentCk = in.readInt();
      index.add(k, key, keyCk, line, lineCk, content, contentCk, in.readInt());
    }
    return index;
  }

  private void grow() {
    int n = keyHash.length + keyHash.length / 2;
    keyHash = Arrays.copyOf(keyHash, n);
    keyCheck = Arrays.copyOf(keyCheck, n);
    lineHash = Arrays.copyOf(lineHash, n);
    lineCheck = Arrays.copyOf(lineCheck, n);
    contentHash = Arrays.copyOf(contentHash, n);
    contentCheck = Arrays.copyOf(contentCheck, n);
    from = Arrays.copyOf(from, n);
    kind = Arrays.copyOf(kind, n);
    byKey = rehash(tableSize(n), keyHash);
    byLine = rehash(tableSize(n), lineHash);
  }

  private int[] rehash(int length, long[] hashes) {
    int[] table = new int[length];
    for (int s = 0; s < size; s++) {
      insert(table, hashes[s], s);
    }
    return table;
  }

  private static void insert(int[] table, long hash, int slot) {
    int mask = table.length - 1;
    int i = spread(hash) & mask;
    while (table[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    table[i] = slot + 1;
  }

  /** Removes {@code slot} from the raw-record table, moving later entries of its run back. */
  private void removeLine(int slot) {
    int[] table = byLine;
    int mask = table.length - 1;
    int i = spread(lineHash[slot]) & mask;
    while (table[i] != slot + 1) {
      if (table[i] == EMPTY) {
        return;
      }
      i = (i + 1) & mask;
    }
    table[i] = EMPTY;
    for (int j = (i + 1) & mask; table[j] != EMPTY; j = (j + 1) & mask) {
      int s = table[j] - 1;
      int home = spread(lineHash[s]) & mask;
      // The entry at j stays unless the emptied i lies on its way from home to j.
      boolean between = i <= j ? (home > i && home <= j) : (home > i || home <= j);
      if (!between) {
        table[i] = table[j];
        table[j] = EMPTY;
        i = j;
      }
    }
  }

  /** A table of at least twice the slots, a power of two (load at most one half). */
  private static int tableSize(int slots) {
    return Integer.highestOneBit(Math.max(8, slots) * 2 - 1) << 1;
  }

  private static int spread(long hash) {
    return (int) (hash ^ (hash >>> 32)) * 0x9E3779B9;
  }
}
