package cn.kczg.jobs.ingest;

/**
 * Test-only: named points inside a drop's ingest where a test can make the process die at once, as
 * a SIGKILL would (no shutdown hooks, no finally blocks). Enabled only when the system property
 * {@value #PROPERTY} names the point, e.g. {@code -Dkczg.test.dieAfter=after-items}.
 */
final class CrashPoint {
  static final String PROPERTY = "kczg.test.dieAfter";

  /** Registry and snapshot rows appended. */
  static final String AFTER_REGISTRY = "after-registry";

  /** Item rows appended. */
  static final String AFTER_ITEMS = "after-items";

  /** Quarantined rows appended. */
  static final String AFTER_QUARANTINE = "after-quarantine";

  /** Everything but the ledger rows (the commit point) written. */
  static final String BEFORE_COMMIT = "before-commit";

  private CrashPoint() {}

  static void reached(String point) {
    if (point.equals(System.getProperty(PROPERTY))) {
      System.err.println("kczg: test crash point " + point + " reached; halting");
      Runtime.getRuntime().halt(137);
    }
  }
}
