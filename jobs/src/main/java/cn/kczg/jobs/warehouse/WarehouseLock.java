package cn.kczg.jobs.warehouse;

import cn.kczg.schemas.ErrorCode;
import cn.kczg.schemas.KczgException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on the warehouse, held while a command writes to it. Delta on a local disk does
 * not make concurrent writers safe, so a second writer is refused at once instead of racing. The
 * OS drops the lock when the process dies, so a killed run never leaves it stuck.
 */
public final class WarehouseLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private WarehouseLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock or fails at once, naming the holder when known. */
  public static WarehouseLock acquire(Path stateDir, String purpose) {
    Path file = stateDir.resolve("warehouse.lock");
    try {
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
        channel.close();
        throw new KczgException(
            ErrorCode.WAREHOUSE_LOCKED,
            "The warehouse " + stateDir.getParent() + " is in use by another kczg process"
                + (holder.isEmpty() ? "" : " (" + holder + ")")
                + "; wait for it to finish, or use another --warehouse.");
      }
      channel.truncate(0);
      channel.write(
          java.nio.ByteBuffer.wrap(
              (purpose + ", pid " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
      return new WarehouseLock(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
