package cn.kczg.jobs.ingest;

import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.read.CsvRecordBatch;
import cn.kczg.schemas.read.CsvRecords;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.read.SourceFileParser;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.text.Fingerprint;
import cn.kczg.schemas.text.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * The task of an ingest: reads one piece where the data is (through Hadoop's file system API:
 * local disk, HDFS or S3 alike), fingerprints each record's raw bytes and looks it up in the {@link
 * CurrentIndex}. A record found there re-delivers an item's current state and is only counted; the
 * rest are decoded and parsed, and each accepted one either becomes a version row (handed on, one
 * at a time, into the versions append) or turns out to hold the item's current content in another
 * form (another encoding or column order) and is counted as unchanged. The piece's {@link
 * PieceReport} goes to the staging folder when it is done.
 */
final class PieceScan implements FlatMapFunction<ItemPiece, Row> {
  private static final long serialVersionUID = 1L;

  private final String batchId;
  private final String staging;
  private final IndexHandle index;

  PieceScan(String batchId, String staging, IndexHandle index) {
    this.batchId = batchId;
    this.staging = staging;
    this.index = index;
  }

  @Override
  public Iterator<Row> call(ItemPiece piece) {
    return piece.wholeFile()
        ? new WholeFile(piece, index.get(), batchId, staging)
        : new Records(piece, index.get(), batchId, staging);
  }

  /** The rows of a piece as they are found; publishes the report at the end. */
  private abstract static class Scan implements Iterator<Row> {
    final ItemPiece piece;
    final CurrentIndex current;
    final VersionRows rows;
    final PieceReport report;
    final ArrayDeque<Row> ready = new ArrayDeque<>();
    private final String staging;
    private boolean done;

    Scan(ItemPiece piece, CurrentIndex current, String batchId, String staging) {
      this.piece = piece;
      this.current = current;
      this.rows = new VersionRows(piece.file(), batchId);
      this.report = new PieceReport(piece.index());
      this.staging = staging;
    }

    /** Reads on until a row is ready or the piece is done; false when done. */
    abstract boolean advance();

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && !done) {
        if (!advance()) {
          done = true;
          report.publish(staging);
        }
      }
      return !ready.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    /** A parsed row: quarantined, or compared with the item's current state. */
    void parsed(RowOutcome o, Fingerprint line) {
      report.read++;
      if (!o.accepted()) {
        report.quarantined++;
        report.rejects.add(new PieceReport.Reject(o.line(), o.reason(), o.detail(), o.raw()));
        return;
      }
      VersionRows.Identity id = rows.identity(o);
      int slot = current.findKey(id.key().hash(), id.key().check());
      boolean same =
          slot >= 0
              && current.contentHash(slot) == id.content().hash()
              && current.contentCheck(slot) == id.content().check();
      report.add(
          new PieceReport.Parsed(
              slot,
              id.key().hash(),
              id.key().check(),
              line.hash(),
              line.check(),
              id.content().hash(),
              id.content().check(),
              o.line(),
              !same,
              slot >= 0 ? (String) o.values()[0] : null));
      if (same) {
        report.unchanged++;
        return;
      }
      report.written++;
      ready.add(rows.row(o, id, line));
    }
  }

  /** A CSV piece: only the records not found in the index are decoded and parsed. */
  private static final class Records extends Scan {
    private final CsvRecords records;
    private final byte[] bytes;
    private final CsvRecordBatch batch;
    private final java.util.List<Fingerprint> pending = new java.util.ArrayList<>();
    private boolean flushed;

    Records(ItemPiece piece, CurrentIndex current, String batchId, String staging) {
      super(piece, current, batchId, staging);
      this.bytes = read(piece);
      this.records = new CsvRecords(bytes, 0, bytes.length, piece.firstLine());
      SourceFileParser parser = new SourceFileParser(piece.file().definition());
      this.batch =
          new CsvRecordBatch(
              parser,
              piece.header(),
              TextDecoder.charset(piece.file().encoding()),
              (i, o) -> parsed(o, pending.get(i)));
    }

    @Override
    boolean advance() {
      int before = ready.size();
      while (ready.size() == before) {
        if (!records.next()) {
          if (!flushed) {
            flush();
            flushed = true;
            report.insideQuotes = records.insideQuotes();
            report.openedAt = records.insideQuotes() ? records.nextLine() : -1;
            return true;
          }
          return false;
        }
        int start = records.start();
        Fingerprint line = Fingerprint.of(bytes, start, records.end() - start, piece.seed());
        int slot = current.findLine(line.hash(), line.check());
        if (slot >= 0 && !records.malformed()) {
          report.read++;
          report.unchanged++;
          report.seen.add(slot);
        } else {
          pending.add(line);
          batch.add(bytes, start, records.end(), records.line(), records.malformed());
          if (batch.full()) {
            flush();
          }
        }
      }
      return true;
    }

    private void flush() {
      batch.flush();
      pending.clear();
    }
  }

  /**
   * A whole file (XLSX, XLS, tab-separated or UTF-16 text): every row is parsed, streamed from the
   * file by a reader thread, and its text is fingerprinted instead of its bytes. A file found
   * unreadable part way through is reported as refused, not thrown, so the rest of the drop goes
   * on (the driver takes out what it wrote).
   */
  private static final class WholeFile extends Scan {
    private static final RowOutcome END = new RowOutcome(-1, "", null, "END", null);
    private final java.util.concurrent.BlockingQueue<RowOutcome> queue =
        new java.util.concurrent.ArrayBlockingQueue<>(1024);
    private volatile RuntimeException failed;
    private Thread reader;

    WholeFile(ItemPiece piece, CurrentIndex current, String batchId, String staging) {
      super(piece, current, batchId, staging);
    }

    @Override
    boolean advance() {
      if (reader == null) {
        start();
      }
      RowOutcome o = take();
      if (o == END) {
        if (failed instanceof KczgException k) {
          report.refusal = k.getMessage();
          ready.clear();
          return false;
        } else if (failed != null) {
          throw failed;
        }
        return false;
      }
      if (report.refusal != null) {
        return true; // draining after a refusal
      }
      byte[] raw = o.raw().getBytes(StandardCharsets.UTF_8);
      Fingerprint line = Fingerprint.of(raw, 0, raw.length, piece.seed());
      int slot = current.findLine(line.hash(), line.check());
      if (slot >= 0 && o.accepted()) {
        report.read++;
        report.unchanged++;
        report.seen.add(slot);
      } else {
        parsed(o, line);
      }
      return true;
    }

    private void start() {
      SourceDefinition def = piece.file().definition();
      reader =
          new Thread(
              () -> {
                try (InputStream in = open(piece.file().path())) {
                  new SourceFileParser(def).parse(in, piece.file().display(), this::put);
                } catch (RuntimeException e) {
                  failed = e;
                } catch (IOException e) {
                  failed = new UncheckedIOException("cannot read " + piece.file().path(), e);
                } finally {
                  put(END);
                }
              },
              "kczg-read-" + piece.index());
      reader.setDaemon(true);
      reader.start();
    }

    private void put(RowOutcome o) {
      try {
        queue.put(o);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading " + piece.file().display(), e);
      }
    }

    private RowOutcome take() {
      try {
        return queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading " + piece.file().display(), e);
      }
    }
  }

  private static InputStream open(String path) throws IOException {
    URI uri = URI.create(path);
    return FileSystem.get(uri, new Configuration()).open(path(uri));
  }

  /** The bytes of a piece's range. */
  static byte[] read(ItemPiece piece) {
    URI uri = URI.create(piece.file().path());
    try (FSDataInputStream in = FileSystem.get(uri, new Configuration()).open(path(uri))) {
      byte[] b = new byte[Math.toIntExact(piece.end() - piece.start())];
      in.readFully(piece.start(), b);
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + piece.file().path(), e);
    }
  }

  static byte[] readAll(String path) {
    URI uri = URI.create(path);
    try (InputStream in = FileSystem.get(uri, new Configuration()).open(path(uri))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static org.apache.hadoop.fs.Path path(URI uri) {
    return new org.apache.hadoop.fs.Path(uri);
  }

  static ItemKind kindOf(ItemPiece piece) {
    return piece.file().definition().kind();
  }
}
