package cn.kczg.jobs.ingest;

import java.util.List;

/**
 * What an ingest did with one file of a drop.
 *
 * @param file {@code <drop folder>/<file name>}
 * @param sourceId the source it was read as, or empty
 * @param status what happened
 * @param encoding how it was decoded, when read
 * @param read data rows read
 * @param stored rows stored as new versions (an item's first delivery, or new content)
 * @param unchanged rows that left the item's state as it was (a re-delivery, or a row that lost to
 *     another row of the same item in the drop)
 * @param quarantined rows sent to quarantine
 * @param message why it was ignored or refused, else empty
 * @param notes what reading it showed that a data engineer should see (sheets not read, 状态 values
 *     the definition does not know), else empty
 */
public record FileOutcome(
    String file,
    String sourceId,
    Status status,
    String encoding,
    long read,
    long stored,
    long unchanged,
    long quarantined,
    String message,
    List<String> notes) {

  public FileOutcome {
    notes = List.copyOf(notes);
  }

  /** The fate of a file. */
  public enum Status {
    /** Read and stored. */
    INGESTED,
    /** The same bytes were ingested for this drop date before: nothing changed. */
    ALREADY_INGESTED,
    /** Another file of this drop has the same bytes: read once. */
    DUPLICATE,
    /** Not a known source; left alone. */
    IGNORED,
    /** Unreadable or missing required columns: nothing of it was stored. */
    REFUSED
  }

  static FileOutcome skipped(String file, String sourceId, Status status, String message) {
    return new FileOutcome(file, sourceId, status, "", 0, 0, 0, 0, message, List.of());
  }
}
