package cn.kczg.jobs.store;

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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OS file lock on the warehouse, held while a command writes to it. Delta on a local disk does
 * not make concurrent writers safe, so a second writer is refused at once instead of racing. The OS
 * drops the lock when the process dies, so a killed run never leaves it stuck.
 */
public final class WarehouseLock implements AutoCloseable {
  /**
   * Lock files held by this JVM. Checked before touching the file: on Linux, closing any channel of
   * a locked file releases the process's lock, so a refused second attempt in the same JVM must not
   * open (and close) the file at all.
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private WarehouseLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock or fails at once, naming the holder when known. */
  public static WarehouseLock acquire(Path stateDir, String purpose) {
    Path file = stateDir.resolve("warehouse.lock").toAbsolutePath().normalize();
    if (!HELD.add(file)) {
      throw locked(stateDir, "this process");
    }
    try {
      return lock(stateDir, file, purpose);
    } catch (RuntimeException e) {
      HELD.remove(file);
      throw e;
    }
  }

  private static WarehouseLock lock(Path stateDir, Path file, String purpose) {
    try {
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
        channel.close();
        throw locked(stateDir, holder);
      }
      channel.truncate(0);
      channel.write(
          java.nio.ByteBuffer.wrap(
              (purpose + ", pid " + ProcessHandle.current().pid())
                  .getBytes(StandardCharsets.UTF_8)));
      return new WarehouseLock(file, channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static KczgException locked(Path stateDir, String holder) {
    return new KczgException(
        ErrorCode.WAREHOUSE_LOCKED,
        holder.isEmpty()
            ? cn.kczg.schemas.messages.Messages.current()
                .text("error.warehouse.locked", stateDir.getParent())
            : cn.kczg.schemas.messages.Messages.current()
                .text("error.warehouse.locked_by", stateDir.getParent(), holder));
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
      HELD.remove(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
