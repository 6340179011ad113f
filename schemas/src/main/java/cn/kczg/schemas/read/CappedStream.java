package cn.kczg.schemas.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** Refuses to hand on more than {@code limit} bytes: the uncompressed size limit of a part. */
final class CappedStream extends FilterInputStream {
  private final long limit;
  private final Supplier<RuntimeException> refusal;
  private long read;

  CappedStream(InputStream in, long limit, Supplier<RuntimeException> refusal) {
    super(in);
    this.limit = limit;
    this.refusal = refusal;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    count(Math.max(n, 0));
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) {
    read += n;
    if (read > limit) {
      throw refusal.get();
    }
  }
}
