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
  int add(
      ItemKind k,
      long key,
      int keyCk,
      long line,
      int lineCk,
      long content,
      int contentCk,
      int day) {
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

  /** Writes the index (the slots, column by column; the tables are rebuilt on reading). */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(size);
    out.write(kind, 0, size);
    writeLongs(out, keyHash);
    writeInts(out, keyCheck);
    writeLongs(out, lineHash);
    writeInts(out, lineCheck);
    writeLongs(out, contentHash);
    writeInts(out, contentCheck);
    writeInts(out, from);
  }

  /** Reads what {@link #write} wrote. */
  static CurrentIndex read(DataInputStream in) throws IOException {
    int n = in.readInt();
    CurrentIndex index = new CurrentIndex(n);
    index.size = n;
    in.readFully(index.kind, 0, n);
    readLongs(in, index.keyHash, n);
    readInts(in, index.keyCheck, n);
    readLongs(in, index.lineHash, n);
    readInts(in, index.lineCheck, n);
    readLongs(in, index.contentHash, n);
    readInts(in, index.contentCheck, n);
    readInts(in, index.from, n);
    for (int s = 0; s < n; s++) {
      insert(index.byKey, index.keyHash[s], s);
      insert(index.byLine, index.lineHash[s], s);
    }
    return index;
  }

  private static final int CHUNK = 1 << 16;

  private void writeLongs(DataOutputStream out, long[] values) throws IOException {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(CHUNK * 8);
    for (int at = 0; at < size; at += CHUNK) {
      int n = Math.min(CHUNK, size - at);
      b.clear();
      b.asLongBuffer().put(values, at, n);
      out.write(b.array(), 0, n * 8);
    }
  }

  private void writeInts(DataOutputStream out, int[] values) throws IOException {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(CHUNK * 4);
    for (int at = 0; at < size; at += CHUNK) {
      int n = Math.min(CHUNK, size - at);
      b.clear();
      b.asIntBuffer().put(values, at, n);
      out.write(b.array(), 0, n * 4);
    }
  }

  private static void readLongs(DataInputStream in, long[] into, int size) throws IOException {
    byte[] bytes = new byte[CHUNK * 8];
    for (int at = 0; at < size; at += CHUNK) {
      int n = Math.min(CHUNK, size - at);
      in.readFully(bytes, 0, n * 8);
      java.nio.ByteBuffer.wrap(bytes, 0, n * 8).asLongBuffer().get(into, at, n);
    }
  }

  private static void readInts(DataInputStream in, int[] into, int size) throws IOException {
    byte[] bytes = new byte[CHUNK * 4];
    for (int at = 0; at < size; at += CHUNK) {
      int n = Math.min(CHUNK, size - at);
      in.readFully(bytes, 0, n * 4);
      java.nio.ByteBuffer.wrap(bytes, 0, n * 4).asIntBuffer().get(into, at, n);
    }
  }

  /** Makes room for {@code more} items beyond those held, so adding them rehashes at most once. */
  void reserve(int more) {
    if (keyHash.length < size + more) {
      resize(size + more);
    }
  }

  private void grow() {
    resize(Math.max(keyHash.length + keyHash.length / 2, 16));
  }

  private void resize(int n) {
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
