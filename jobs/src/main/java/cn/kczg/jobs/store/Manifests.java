package cn.kczg.jobs.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What each drop delivered: for every item a drop carried, its identity, the fingerprint of the
 * content the drop gave it and its kind, sorted by identity; plus which kinds the drop had a file
 * for. One file per drop and batch under {@code <warehouse>/deliveries/<drop>/<batch>.bin}, written
 * before the batch commits and never changed. They are the record of presence: an item of a kind a
 * drop delivered but absent from it disappeared from that export (it keeps its last state, counting
 * rule 2), and a drop that arrives late is replayed against the drops after it.
 */
public final class Manifests {
  private static final int MAGIC = 0x4b5a4d31; // KZM1

  /** One drop's deliveries. */
  public record Manifest(long[] keys, long[] contents, byte[] kinds, int kindsDelivered) {
    /** The position of {@code key}, or a negative number when the drop did not carry it. */
    public int find(long key) {
      return java.util.Arrays.binarySearch(keys, key);
    }

    /** True when the drop had a file of the kind with this ordinal. */
    public boolean delivered(int kindOrdinal) {
      return (kindsDelivered & (1 << kindOrdinal)) != 0;
    }
  }

  private final Warehouse warehouse;

  public Manifests(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /** Writes a drop's manifest; {@code keys} need not be sorted (they are sorted here). */
  public void write(LocalDate drop, String batchId, long[] keys, long[] contents, byte[] kinds, int mask) {
    int n = keys.length;
    int[] order = sortedOrder(keys);
    Path file = file(drop, batchId);
    try (DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(fs(file).create(file, true), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(mask);
      out.writeInt(n);
      for (int i : order) {
        out.writeLong(keys[i]);
        out.writeLong(contents[i]);
        out.writeByte(kinds[i]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * The positions of {@code keys} in ascending (signed) order: a radix sort on 16-bit digits, four
   * passes, for ten million keys in a fraction of a second.
   */
  public static int[] sortedOrder(long[] keys) {
    int n = keys.length;
    int[] order = new int[n];
    int[] other = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] count = new int[1 << 16];
    for (int shift = 0; shift < 64; shift += 16) {
      java.util.Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[digit(keys[i], shift)]++;
      }
      int sum = 0;
      for (int d = 0; d < count.length; d++) {
        int c = count[d];
        count[d] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        int at = order[i];
        other[count[digit(keys[at], shift)]++] = at;
      }
      int[] t = order;
      order = other;
      other = t;
    }
    return order;
  }

  private static int digit(long key, int shift) {
    return (int) (((key ^ Long.MIN_VALUE) >>> shift) & 0xFFFF);
  }

  /** The deliveries of a drop over the given (committed) batches, merged. */
  public Manifest read(LocalDate drop, List<String> batches) {
    List<Manifest> parts = new ArrayList<>();
    for (String batch : batches) {
      Path file = file(drop, batch);
      try {
        if (fs(file).exists(file)) {
          parts.add(read(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return merge(parts);
  }

  private Manifest read(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(fs(file).open(file), 1 << 16))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(file + " is not a delivery manifest");
      }
      int mask = in.readInt();
      int n = in.readInt();
      long[] keys = new long[n];
      long[] contents = new long[n];
      byte[] kinds = new byte[n];
      for (int i = 0; i < n; i++) {
        keys[i] = in.readLong();
        contents[i] = in.readLong();
        kinds[i] = in.readByte();
      }
      return new Manifest(keys, contents, kinds, mask);
    }
  }

  /** Several batches' manifests of one drop as one (a later batch's entry wins for a key). */
  private static Manifest merge(List<Manifest> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    java.util.TreeMap<Long, long[]> all = new java.util.TreeMap<>();
    int mask = 0;
    for (Manifest m : parts) {
      mask |= m.kindsDelivered();
      for (int i = 0; i < m.keys().length; i++) {
        all.put(m.keys()[i], new long[] {m.contents()[i], m.kinds()[i]});
      }
    }
    long[] keys = new long[all.size()];
    long[] contents = new long[all.size()];
    byte[] kinds = new byte[all.size()];
    int i = 0;
    for (var e : all.entrySet()) {
      keys[i] = e.getKey();
      contents[i] = e.getValue()[0];
      kinds[i++] = (byte) e.getValue()[1];
    }
    return new Manifest(keys, contents, kinds, mask);
  }

  private Path file(LocalDate drop, String batchId) {
    return new Path(warehouse.root() + "/deliveries/" + drop + "/" + batchId + ".bin");
  }

  private FileSystem fs(Path p) throws IOException {
    return p.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
  }
}
