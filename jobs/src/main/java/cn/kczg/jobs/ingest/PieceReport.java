package cn.kczg.jobs.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;

/**
 * What one parse task found in its piece, beside the version rows it wrote: its counts, the items
 * it saw unchanged, the records it parsed (as fingerprints), and its quarantined rows. Written by
 * the task to {@code <staging>/<piece>.report} under an attempt name and renamed when the piece is
 * done, so a retried task leaves one report; the driver reads them all after the job.
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
  final IntList seen = new IntList();
  final List<Parsed> parsed = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();

  PieceReport(int piece) {
    this.piece = piece;
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
      throw new UncheckedIOException("cannot write the parse report under " + staging, e);
    }
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
    out.writeInt(seen.size());
    for (int i = 0; i < seen.size(); i++) {
      out.writeInt(seen.get(i));
    }
    out.writeInt(parsed.size());
    for (Parsed p : parsed) {
      out.writeInt(p.slot());
      out.writeLong(p.keyHash());
      out.writeInt(p.keyCheck());
      out.writeLong(p.lineHash());
      out.writeInt(p.lineCheck());
      out.writeLong(p.contentHash());
      out.writeInt(p.contentCheck());
      out.writeLong(p.line());
      out.writeBoolean(p.written());
      writeText(out, p.itemId());
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
    if (headOnly) {
      return r;
    }
    int seen = in.readInt();
    for (int i = 0; i < seen; i++) {
      r.seen.add(in.readInt());
    }
    int parsed = in.readInt();
    for (int i = 0; i < parsed; i++) {
      r.parsed.add(
          new Parsed(
              in.readInt(),
              in.readLong(),
              in.readInt(),
              in.readLong(),
              in.readInt(),
              in.readLong(),
              in.readInt(),
              in.readLong(),
              in.readBoolean(),
              readText(in)));
    }
    int rejects = in.readInt();
    for (int i = 0; i < rejects; i++) {
      r.rejects.add(new Reject(in.readLong(), readText(in), readText(in), readText(in)));
    }
    return r;
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

  /** A growable list of ints without boxing. */
  static final class IntList {
    private int[] values = new int[64];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int get(int i) {
      return values[i];
    }

    int size() {
      return size;
    }
  }
}
