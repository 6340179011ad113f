/**
 * The {@code kczg} command line (picocli): demo, ingest, run, alias, serve, programs; user mistakes
 * become one-line messages and exit codes.
 */
package cn.kczg.jobs.cli;
