package cn.kczg.jobs.ingest;

import cn.kczg.jobs.store.Tables;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.read.SourceFileParser;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.text.Names;
import cn.kczg.schemas.text.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.CodingErrorAction;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Parses item pieces where the data is: a Spark task reads its byte range through Hadoop's file
 * system API (local disk, HDFS or S3 alike), decodes and parses it with the schemas module as it
 * goes, and hands on the accepted rows ({@link Tables#items()} columns) one at a time, so a task
 * holds a few rows, not a file's. Rejected rows go to the piece's {@link RejectSpill}.
 */
final class ParsedRows implements FlatMapFunction<ItemPiece, Row> {
  private static final long serialVersionUID = 1L;
  private static final int ITEM_FIELDS = Role.ITEMS.fields().size();

  private final String batchId;
  private final String staging;

  ParsedRows(String batchId, String staging) {
    this.batchId = batchId;
    this.staging = staging;
  }

  @Override
  public Iterator<Row> call(ItemPiece piece) {
    return new Accepted(piece, outcomes(piece), new RejectSpill(staging, piece.index()));
  }

  /** Accepted rows as Spark rows; rejected ones written to the spill on the way. */
  private final class Accepted implements Iterator<Row> {
    private final ItemPiece piece;
    private final Iterator<RowOutcome> outcomes;
    private final RejectSpill spill;
    private Row next;

    Accepted(ItemPiece piece, Iterator<RowOutcome> outcomes, RejectSpill spill) {
      this.piece = piece;
      this.outcomes = outcomes;
      this.spill = spill;
    }

    @Override
    public boolean hasNext() {
      while (next == null && outcomes.hasNext()) {
        RowOutcome o = outcomes.next();
        if (o.accepted()) {
          next = toRow(piece.file(), o);
        } else {
          spill.write(o);
        }
      }
      if (next == null) {
        spill.close();
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row out = next;
      next = null;
      return out;
    }
  }

  private static Iterator<RowOutcome> outcomes(ItemPiece piece) {
    InboxFile file = piece.file();
    SourceFileParser parser = new SourceFileParser(file.definition());
    if (piece.wholeFile()) {
      return parser.parseAll(readAll(file.path()), file.display()).iterator();
    }
    return parser.csvDataRows(open(piece), piece.firstLine(), piece.header(), file.display());
  }

  private Row toRow(InboxFile file, RowOutcome o) {
    Object[] v = o.values();
    Object[] row = new Object[ITEM_FIELDS + 7];
    row[0] = file.definition().kind().key();
    System.arraycopy(v, 0, row, 1, ITEM_FIELDS);
    row[ITEM_FIELDS + 1] = Names.normalize((String) v[1]);
    row[ITEM_FIELDS + 2] = file.definition().isPublished((String) v[4]);
    row[ITEM_FIELDS + 3] = file.dropDate();
    row[ITEM_FIELDS + 4] = file.display();
    row[ITEM_FIELDS + 5] = o.line();
    row[ITEM_FIELDS + 6] = batchId;
    return RowFactory.create(row);
  }

  /** A decoding reader over the piece's bytes, closed when the task ends. */
  private static Reader open(ItemPiece piece) {
    try {
      URI uri = URI.create(piece.file().path());
      FSDataInputStream in = FileSystem.get(uri, new Configuration()).open(path(uri));
      in.seek(piece.start());
      Reader reader =
          new InputStreamReader(
              new Limited(in, piece.end() - piece.start()),
              TextDecoder.charset(piece.file().encoding())
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener(
            (org.apache.spark.util.TaskCompletionListener) t -> closeQuietly(reader));
      }
      return reader;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + piece.file().path(), e);
    }
  }

  private static void closeQuietly(Reader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      // the task is over; nothing left to read
    }
  }

  private static org.apache.hadoop.fs.Path path(URI uri) {
    return new org.apache.hadoop.fs.Path(uri);
  }

  static byte[] readAll(String path) {
    try {
      URI uri = URI.create(path);
      try (InputStream in = FileSystem.get(uri, new Configuration()).open(path(uri))) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** At most {@code remaining} bytes of a stream. */
  private static final class Limited extends InputStream {
    private final InputStream in;
    private long remaining;

    Limited(InputStream in, long remaining) {
      this.in = in;
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = in.read();
      remaining -= b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = in.read(buf, off, (int) Math.min(len, remaining));
      remaining -= Math.max(n, 0);
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
