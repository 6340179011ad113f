/**
 * Ingesting drop folders: files recognized by source definitions, parsed in Spark tasks, appended
 * as a batch that the ledger commits.
 */
package cn.kczg.jobs.ingest;
