package cn.kczg.jobs.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The outcome of ingesting one drop folder.
 *
 * @param folder the drop folder's name
 * @param dropDate its export date
 * @param batchId the id its rows carry, or empty when nothing new was stored
 * @param files per-file outcomes, in file-name order
 * @param quarantineByReason rows quarantined per reason code
 */
public record DropResult(
    String folder,
    LocalDate dropDate,
    String batchId,
    List<FileOutcome> files,
    Map<String, Long> quarantineByReason) {

  /** True when some file was refused. */
  public boolean hasRefusals() {
    return files.stream().anyMatch(f -> f.status() == FileOutcome.Status.REFUSED);
  }

  /** True when nothing new was stored. */
  public boolean unchanged() {
    return batchId.isEmpty();
  }
}
