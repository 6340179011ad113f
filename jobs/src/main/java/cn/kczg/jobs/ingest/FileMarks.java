package cn.kczg.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One pass over a file on the driver, reading it in blocks without holding it: its SHA-256 (what
 * the ledger knows a delivery by) and the number of lines before each block, so pieces of a large
 * CSV can start at a line break with their line numbers known. CR, LF and CRLF each end a line, as
 * in {@link cn.kczg.schemas.read.CsvRecords}.
 */
final class FileMarks {
  static final int BLOCK = 1 << 20;

  private final Path path;
  private final long size;
  private final String sha256;
  private final long[] linesBefore;

  private FileMarks(Path path, long size, String sha256, long[] linesBefore) {
    this.path = path;
    this.size = size;
    this.sha256 = sha256;
    this.linesBefore = linesBefore;
  }

  /** Reads the file once. */
  static FileMarks of(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] block = new byte[BLOCK];
      List<Long> marks = new ArrayList<>();
      long lines = 0;
      long size = 0;
      boolean crBefore = false;
      int n;
      while ((n = in.readNBytes(block, 0, BLOCK)) > 0) {
        marks.add(lines);
        sha.update(block, 0, n);
        for (int i = 0; i < n; i++) {
          byte b = block[i];
          if (b == '\n') {
            if (!(i == 0 ? crBefore : block[i - 1] == '\r')) {
              lines++;
            }
          } else if (b == '\r') {
            lines++;
          }
        }
        crBefore = block[n - 1] == '\r';
        size += n;
      }
      return new FileMarks(
          path,
          size,
          HexFormat.of().formatHex(sha.digest()),
          marks.stream().mapToLong(Long::longValue).toArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  String sha256() {
    return sha256;
  }

  long size() {
    return size;
  }

  /** The first {@code n} bytes (fewer for a shorter file). */
  byte[] prefix(int n) {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes((int) Math.min(n, size));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** The whole file, for small sources. */
  byte[] bytes() {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Byte ranges of about {@code pieceBytes} covering {@code [dataStart, size)}, each after the
   * first starting right after a line feed, with the line it starts on: {@code {start, end,
   * firstLine}}. The caller checks that no cut fell inside a quoted cell.
   */
  List<long[]> pieces(long dataStart, long dataLine, long pieceBytes) {
    List<long[]> out = new ArrayList<>();
    long start = dataStart;
    long line = dataLine;
    long count = Math.max(1, (size - dataStart + pieceBytes - 1) / pieceBytes);
    long step = (size - dataStart + count - 1) / Math.max(1, count);
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      while (start < size) {
        long cut = start + step >= size ? size : lineFeedAtOrAfter(ch, start + step);
        if (cut < size) {
          cut++; // after the line feed
        }
        out.add(new long[] {start, cut, line});
        if (cut < size) {
          line = lineAt(ch, cut);
        }
        start = cut;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return out;
  }

  /** The position of the first line feed at or after {@code from}, or the file's size. */
  private long lineFeedAtOrAfter(FileChannel ch, long from) throws IOException {
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(64 * 1024);
    long at = from;
    while (at < size) {
      buf.clear();
      int n = ch.read(buf, at);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (buf.get(i) == '\n') {
          return at + i;
        }
      }
      at += n;
    }
    return size;
  }

  /** The line number (1 = first) of the line starting at byte {@code at}. */
  private long lineAt(FileChannel ch, long at) throws IOException {
    int block = (int) (at / BLOCK);
    long blockStart = (long) block * BLOCK;
    byte[] b = new byte[(int) (at - blockStart) + 1];
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
    long before = blockStart > 0 ? blockStart - 1 : 0;
    // one byte before the block, to see a CR ending the previous block
    byte[] prev = new byte[1];
    boolean crBefore = false;
    if (blockStart > 0) {
      ch.read(java.nio.ByteBuffer.wrap(prev), before);
      crBefore = prev[0] == '\r';
    }
    int n = 0;
    while (n < b.length - 1) {
      int r = ch.read(buf.position(n).limit(b.length - 1), blockStart + n);
      if (r <= 0) {
        break;
      }
      n += r;
    }
    long lines = linesBefore[block];
    for (int i = 0; i < n; i++) {
      byte x = b[i];
      if (x == '\n') {
        if (!(i == 0 ? crBefore : b[i - 1] == '\r')) {
          lines++;
        }
      } else if (x == '\r') {
        lines++;
      }
    }
    return lines + 1;
  }
}
