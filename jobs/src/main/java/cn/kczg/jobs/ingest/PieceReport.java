package cn.kczg.jobs.ingest;

import cn.kczg.schemas.read.UnknownStatuses;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;

/**
 * What one scan task found in its piece, beside the version rows it wrote: its counts, the items it
 * saw unchanged, the records it parsed (as fingerprints, column by column, so a piece of a first
 * drop that parses every record is written and read in bulk), and its quarantined rows. Written by
 * the task to {@code <staging>/<piece>.report} under an attempt name and renamed when the piece is
 * done, so a retried task leaves one report; the driver reads them after the job.
 */
final class PieceReport {
  /** A record parsed into a version row (or found to hold the current content again). */
  record Parsed(
      int slot,
      long keyHash,
      int keyCheck,
      long lineHash,
      int lineCheck,
      long contentHash,
      int contentCheck,
      long line,
      boolean written,
      String itemId) {}

  /** A quarantined row. */
  record Reject(long line, String reason, String detail, String raw) {}

  final int piece;
  long read;
  long written;
  long unchanged;
  long quarantined;
  boolean insideQuotes;
  long openedAt;

  /** Why the file cannot be read (found part way through it), or null. */
  String refusal;

  /** What the piece's parsed rows showed that a data engineer should see (unknown statuses). */
  UnknownStatuses statuses;

  /** Notes of a whole file's parse: sheets not read. */
  final List<String> notes = new ArrayList<>();

  final IntList seen = new IntList();
  private final IntList slot = new IntList();
  private final LongList key = new LongList();
  private final IntList keyCheck = new IntList();
  private final LongList lineHash = new LongList();
  private final IntList lineCheck = new IntList();
  private final LongList content = new LongList();
  private final IntList contentCheck = new IntList();
  private final LongList line = new LongList();
  private final IntList isWritten = new IntList();
  private final List<String> itemIds = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();

  PieceReport(int piece) {
    this.piece = piece;
  }

  /** Adds a parsed record. */
  void add(Parsed p) {
    slot.add(p.slot());
    key.add(p.keyHash());
    keyCheck.add(p.keyCheck());
    lineHash.add(p.lineHash());
    lineCheck.add(p.lineCheck());
    content.add(p.contentHash());
    contentCheck.add(p.contentCheck());
    line.add(p.line());
    isWritten.add(p.written() ? 1 : 0);
    itemIds.add(p.itemId());
  }

  /** The parsed records. */
  int parsedCount() {
    return slot.size();
  }

  /** The {@code i}-th parsed record. */
  Parsed parsed(int i) {
    return new Parsed(
        slot.get(i),
        key.get(i),
        keyCheck.get(i),
        lineHash.get(i),
        lineCheck.get(i),
        content.get(i),
        contentCheck.get(i),
        line.get(i),
        isWritten.get(i) != 0,
        itemIds.get(i));
  }

  /** Where a published report is: its staging folder and piece number. */
  record Ref(String staging, int piece) implements java.io.Serializable {
    /** The whole report. */
    PieceReport read() {
      return PieceReport.read(staging, piece, false);
    }

    /** The report's counts and end state only. */
    PieceReport head() {
      return PieceReport.read(staging, piece, true);
    }
  }

  /** Writes the report under {@code staging}, published by a rename. */
  void publish(String staging) {
    TaskContext task = TaskContext.get();
    long attempt = task == null ? 0 : task.taskAttemptId();
    Path temp = new Path(staging, piece + ".report.attempt-" + attempt);
    Path done = new Path(staging, piece + ".report");
    try {
      FileSystem fs = temp.getFileSystem(new Configuration());
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(fs.create(temp, true), 1 << 16))) {
        write(out);
      }
      fs.delete(done, false);
      if (!fs.rename(temp, done)) {
        throw new IOException("rename of " + temp + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the scan report under " + staging, e);
    }
  }

  private static PieceReport read(String staging, int piece, boolean headOnly) {
    Path file = new Path(staging, piece + ".report");
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(file.getFileSystem(new Configuration()).open(file), 1 << 16))) {
      return read(in, piece, headOnly);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private void write(DataOutputStream out) throws IOException {
    out.writeLong(read);
    out.writeLong(written);
    out.writeLong(unchanged);
    out.writeLong(quarantined);
    out.writeBoolean(insideQuotes);
    out.writeLong(openedAt);
    writeText(out, refusal);
    writeObject(out, statuses == null || statuses.found().isEmpty() ? null : statuses);
    out.writeInt(notes.size());
    for (String n : notes) {
      writeText(out, n);
    }
    seen.write(out);
    slot.write(out);
    key.write(out);
    keyCheck.write(out);
    lineHash.write(out);
    lineCheck.write(out);
    content.write(out);
    contentCheck.write(out);
    line.write(out);
    isWritten.write(out);
    for (String id : itemIds) {
      writeText(out, id);
    }
    out.writeInt(rejects.size());
    for (Reject r : rejects) {
      out.writeLong(r.line());
      writeText(out, r.reason());
      writeText(out, r.detail());
      writeText(out, r.raw());
    }
  }

  private static PieceReport read(DataInputStream in, int piece, boolean headOnly)
      throws IOException {
    PieceReport r = new PieceReport(piece);
    r.read = in.readLong();
    r.written = in.readLong();
    r.unchanged = in.readLong();
    r.quarantined = in.readLong();
    r.insideQuotes = in.readBoolean();
    r.openedAt = in.readLong();
    r.refusal = readText(in);
    r.statuses = (UnknownStatuses) readObject(in);
    int notes = in.readInt();
    for (int i = 0; i < notes; i++) {
      r.notes.add(readText(in));
    }
    if (headOnly) {
      return r;
    }
    r.seen.read(in);
    r.slot.read(in);
    r.key.read(in);
    r.keyCheck.read(in);
    r.lineHash.read(in);
    r.lineCheck.read(in);
    r.content.read(in);
    r.contentCheck.read(in);
    r.line.read(in);
    r.isWritten.read(in);
    for (int i = 0; i < r.slot.size(); i++) {
      r.itemIds.add(readText(in));
    }
    int rejects = in.readInt();
    for (int i = 0; i < rejects; i++) {
      r.rejects.add(new Reject(in.readLong(), readText(in), readText(in), readText(in)));
    }
    return r;
  }

  private static void writeObject(DataOutputStream out, java.io.Serializable o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.io.ObjectOutputStream objects = new java.io.ObjectOutputStream(bytes)) {
      objects.writeObject(o);
    }
    out.writeInt(bytes.size());
    bytes.writeTo(out);
  }

  private static Object readObject(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    try (java.io.ObjectInputStream objects =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(b))) {
      return objects.readObject();
    } catch (ClassNotFoundException e) {
      throw new IOException(e);
    }
  }

  private static void writeText(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readText(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** A growable list of ints without boxing, written and read in bulk. */
  static final class IntList {
    private int[] values = new int[64];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int get(int i) {
      return values[i];
    }

    int size() {
      return size;
    }

    void write(DataOutputStream out) throws IOException {
      out.writeInt(size);
      ByteBuffer b = ByteBuffer.allocate(size * 4);
      b.asIntBuffer().put(values, 0, size);
      out.write(b.array());
    }

    void read(DataInputStream in) throws IOException {
      int n = in.readInt();
      byte[] bytes = new byte[n * 4];
      in.readFully(bytes);
      values = new int[Math.max(n, 1)];
      ByteBuffer.wrap(bytes).asIntBuffer().get(values, 0, n);
      size = n;
    }
  }

  /** A growable list of longs without boxing, written and read in bulk. */
  static final class LongList {
    private long[] values = new long[64];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long get(int i) {
      return values[i];
    }

    int size() {
      return size;
    }

    void write(DataOutputStream out) throws IOException {
      out.writeInt(size);
      ByteBuffer b = ByteBuffer.allocate(size * 8);
      b.asLongBuffer().put(values, 0, size);
      out.write(b.array());
    }

    void read(DataInputStream in) throws IOException {
      int n = in.readInt();
      byte[] bytes = new byte[n * 8];
      in.readFully(bytes);
      values = new long[Math.max(n, 1)];
      ByteBuffer.wrap(bytes).asLongBuffer().get(values, 0, n);
      size = n;
    }
  }
}
