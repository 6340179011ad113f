package cn.kczg.jobs.metrics;

import static java.util.Objects.requireNonNull;

/**
 * The counts of one counting scan and the item states it kept for the integrity checks. Close it to
 * release the kept states.
 */
public record CountsAndStates(AsOfCounts counts, MainStates states) implements AutoCloseable {
  public CountsAndStates {
    requireNonNull(counts, "counts is null");
    requireNonNull(states, "states is null");
  }

  @Override
  public void close() {
    states.close();
  }
}
