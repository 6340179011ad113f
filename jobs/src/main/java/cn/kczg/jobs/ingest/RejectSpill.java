package cn.kczg.jobs.ingest;

import cn.kczg.schemas.read.RowOutcome;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The quarantined rows of one item piece, written by the task that parsed them to {@code
 * <staging>/<piece>.rejects} and appended to the quarantine table by a later job. This is what lets
 * a piece be parsed once while its accepted rows stream straight into the items append, without
 * caching all rows to split them afterwards. A file appears only when its task succeeded (written
 * under an attempt name, renamed at the end), so a retried task leaves no duplicate rows.
 */
final class RejectSpill implements AutoCloseable {
  private final String staging;
  private final int piece;
  private Path temp;
  private DataOutputStream out;
  private FileSystem fs;

  RejectSpill(String staging, int piece) {
    this.staging = staging;
    this.piece = piece;
  }

  /** Appends one rejected row. */
  void write(RowOutcome o) {
    try {
      if (out == null) {
        open();
      }
      out.writeLong(o.line());
      writeText(o.reason());
      writeText(o.detail());
      writeText(o.raw());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write quarantined rows under " + staging, e);
    }
  }

  private void open() throws IOException {
    TaskContext task = TaskContext.get();
    long attempt = task == null ? 0 : task.taskAttemptId();
    temp = new Path(staging, piece + ".rejects.attempt-" + attempt);
    fs = temp.getFileSystem(new Configuration());
    out = new DataOutputStream(new BufferedOutputStream(fs.create(temp, true), 1 << 16));
  }

  private void writeText(String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** Publishes the spill (if any row was written): called when the piece is fully parsed. */
  @Override
  public void close() {
    if (out == null) {
      return;
    }
    try {
      out.close();
      out = null;
      Path done = new Path(staging, piece + ".rejects");
      fs.delete(done, false);
      if (!fs.rename(temp, done)) {
        throw new IOException("rename of " + temp + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write quarantined rows under " + staging, e);
    }
  }

  /** Piece numbers that have a published spill under {@code staging}. */
  static List<Integer> pieces(String staging) {
    List<Integer> out = new ArrayList<>();
    try {
      Path dir = new Path(staging);
      FileSystem fs = dir.getFileSystem(new Configuration());
      if (!fs.exists(dir)) {
        return out;
      }
      for (var status : fs.listStatus(dir)) {
        String name = status.getPath().getName();
        if (name.endsWith(".rejects")) {
          out.add(Integer.parseInt(name.substring(0, name.length() - ".rejects".length())));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + staging, e);
    }
  }

  /** The quarantine rows ({@code Tables.quarantine()} columns) of a piece's spill. */
  static Iterator<Row> read(String staging, ItemPiece piece, String batchId) {
    List<Row> rows = new ArrayList<>();
    Path file = new Path(staging, piece.index() + ".rejects");
    InboxFile f = piece.file();
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(file.getFileSystem(new Configuration()).open(file), 1 << 16))) {
      while (true) {
        long line;
        try {
          line = in.readLong();
        } catch (EOFException end) {
          break;
        }
        rows.add(
            RowFactory.create(
                f.definition().kind().key(),
                readText(in),
                readText(in),
                readText(in),
                f.dropDate(),
                f.display(),
                line,
                batchId));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return rows.iterator();
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
}
