/**
 * The warehouse's Delta tables: their schemas, the ingest ledger (the commit point of a drop), and
 * the write lock.
 */
package cn.kczg.jobs.store;
