package cn.kczg.jobs.schedule;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.ErrorCode;
import cn.kczg.schemas.KczgException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one door to the warehouse for every scheduled job. Quartz's
 * {@code @DisallowConcurrentExecution} only keeps one job from overlapping itself; this gate keeps
 * the inbox watcher and the weekly report from overlapping each other: a job that finds the gate
 * taken <b>waits</b> for it (fair order), so no pass is lost. Inside, the gate also takes the
 * warehouse's OS file lock, so a {@code kczg ingest} or {@code kczg run} started by hand is never
 * raced; while such a process holds it, the job polls for up to {@code lockWait}, then gives up
 * this pass with a log line.
 */
public final class WarehouseGate {
  /**
   * Takes the cross-process lock, or throws {@link ErrorCode#WAREHOUSE_LOCKED} at once when held.
   */
  @FunctionalInterface
  public interface ProcessLock {
    AutoCloseable acquire(String purpose);
  }

  private static final Duration POLL = Duration.ofSeconds(2);
  private final ReentrantLock inProcess = new ReentrantLock(true);
  private final ProcessLock processLock;
  private final Duration lockWait;
  private final Sleeper sleeper;
  private final Consumer<String> log;

  public WarehouseGate(
      ProcessLock processLock, Duration lockWait, Sleeper sleeper, Consumer<String> log) {
    this.processLock = requireNonNull(processLock, "processLock is null");
    this.lockWait = requireNonNull(lockWait, "lockWait is null");
    this.sleeper = requireNonNull(sleeper, "sleeper is null");
    this.log = requireNonNull(log, "log is null");
  }

  /** Runs work alone on the warehouse, waiting for any job or kczg process before it. */
  public <T> T run(String purpose, Supplier<T> work) throws InterruptedException {
    inProcess.lockInterruptibly();
    try (AutoCloseable lock = processLock(purpose)) {
      return work.get();
    } catch (RuntimeException | InterruptedException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("releasing the warehouse lock failed", e);
    } finally {
      inProcess.unlock();
    }
  }

  private AutoCloseable processLock(String purpose) throws InterruptedException {
    Instant giveUp = Instant.now().plus(lockWait);
    boolean told = false;
    while (true) {
      try {
        return processLock.acquire(purpose);
      } catch (KczgException e) {
        if (e.code() != ErrorCode.WAREHOUSE_LOCKED || Instant.now().isAfter(giveUp)) {
          throw e;
        }
        if (!told) {
          log.accept(purpose + ": waiting for the warehouse (" + e.getMessage() + ")");
          told = true;
        }
        sleeper.sleep(POLL);
      }
    }
  }
}
