package cn.kczg.jobs.schedule;

import java.time.Duration;

/** Waits; tests pass one that records the wait, or changes a file "meanwhile", instead. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  /** The real thing: {@link Thread#sleep}. */
  static Sleeper real() {
    return d -> Thread.sleep(d.toMillis());
  }
}
