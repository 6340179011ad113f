/**
 * Ingesting drop folders at a cost that follows what changed (a snapshot differential): each item
 * file is scanned against the items' current states ({@link cn.kczg.jobs.ingest.CurrentIndex},
 * 64-bit fingerprints of the raw record and of its canonical fields), so a record delivered again
 * unchanged is counted but neither parsed again nor written, and only new or changed content
 * becomes a row of the one item-versions table ({@link cn.kczg.jobs.ingest.DropScan}, {@link
 * cn.kczg.jobs.ingest.DropChanges}, {@link cn.kczg.jobs.ingest.VersionRows}). A late drop is
 * compared with the states of its own date ({@link cn.kczg.jobs.ingest.LateDrop}). A drop's batch
 * becomes visible when the ledger commits it ({@link cn.kczg.jobs.ingest.IngestJob}); a file
 * unreadable part way is refused with its reason, and the rest of the drop goes on.
 */
package cn.kczg.jobs.ingest;
