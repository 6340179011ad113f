package cn.kczg.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import cn.kczg.jobs.metrics.ItemStates;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.text.Fingerprint;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Keeps the {@link CurrentIndex} between ingests, as a file beside the tables ({@code
 * _derived/current-index.bin}) naming the committed batches it reflects. It is only a shortcut: when
 * it is missing, or does not reflect exactly the committed batches (a crash after a commit, a
 * deleted file), the index is rebuilt from the versions that hold at the newest drop, and the only
 * cost is time (and that records re-delivered in another encoding are parsed once more).
 */
final class IndexStore {
  private static final int MAGIC = 0x4b5a4931; // KZI1

  private final Warehouse warehouse;
  private final Consumer<String> log;

  IndexStore(Warehouse warehouse, Consumer<String> log) {
    this.warehouse = warehouse;
    this.log = log;
  }

  /** The index of the committed batches, whose newest drop is {@code newest} (null: none). */
  CurrentIndex load(SortedSet<String> committed, LocalDate newest) {
    if (newest == null) {
      return new CurrentIndex(1024);
    }
    Path file = file();
    try {
      FileSystem fs = fs(file);
      if (fs.exists(file)) {
        try (DataInputStream in =
            new DataInputStream(new BufferedInputStream(fs.open(file), 1 << 16))) {
          if (in.readInt() == MAGIC && batches(in).equals(committed)) {
            return CurrentIndex.read(in);
          }
        }
      }
    } catch (IOException e) {
      log.accept("warning: cannot read " + file + " (" + e.getMessage() + "); rebuilding it");
    }
    long started = System.nanoTime();
    CurrentIndex index = at(warehouse, newest, null);
    log.accept(
        String.format(
            "ingest: rebuilt the index of %,d items' current states in %.1f s",
            index.size(), (System.nanoTime() - started) / 1e9));
    return index;
  }

  /**
   * The index of the versions that hold at {@code date}; {@code pending} are supersession rows of
   * the running ingest not yet in the table (or null).
   */
  static CurrentIndex at(Warehouse warehouse, LocalDate date, Dataset<Row> pending) {
    Dataset<Row> holding =
        new ItemStates(warehouse, pending)
            .at(date)
            .select(
                col("kind"),
                col("item_id"),
                col("line_hash"),
                col("line_check"),
                col("content_hash"),
                col("content_check"),
                col("valid_from"));
    CurrentIndex index = new CurrentIndex(1024);
    Iterator<Row> rows = holding.toLocalIterator();
    while (rows.hasNext()) {
      Row r = rows.next();
      ItemKind kind = ItemKind.parse(r.getString(0)).orElseThrow();
      Fingerprint key = VersionRows.key(kind, r.getString(1));
      index.add(
          kind,
          key.hash(),
          key.check(),
          r.getLong(2),
          r.getInt(3),
          r.getLong(4),
          r.getInt(5),
          (int) r.<LocalDate>getAs(6).toEpochDay());
    }
    return index;
  }

  /** Saves the index as reflecting {@code committed}; written aside and renamed. */
  void save(CurrentIndex index, SortedSet<String> committed) {
    Path file = file();
    Path temp = new Path(file.getParent(), file.getName() + ".tmp");
    try {
      FileSystem fs = fs(file);
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(fs.create(temp, true), 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeInt(committed.size());
        for (String b : committed) {
          out.writeUTF(b);
        }
        index.write(out);
      }
      fs.delete(file, false);
      if (!fs.rename(temp, file)) {
        throw new IOException("rename of " + temp + " failed");
      }
    } catch (IOException | UncheckedIOException e) {
      // Only a shortcut: the next ingest rebuilds it.
      log.accept("warning: cannot save " + file + " (" + e.getMessage() + ")");
    }
  }

  private static SortedSet<String> batches(DataInputStream in) throws IOException {
    int n = in.readInt();
    SortedSet<String> out = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      out.add(in.readUTF());
    }
    return out;
  }

  private Path file() {
    return new Path(warehouse.root() + "/_derived/current-index.bin");
  }

  private FileSystem fs(Path p) throws IOException {
    return p.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
  }
}
