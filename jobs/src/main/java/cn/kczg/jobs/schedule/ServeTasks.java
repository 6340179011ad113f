package cn.kczg.jobs.schedule;

import cn.kczg.jobs.delivery.Report;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The work the scheduled jobs do to a warehouse. The real implementation (in the CLI) runs the
 * Spark ingest and the program; tests use a hand-written fake, so scheduling is tested without
 * Spark. Callers hold the {@link WarehouseGate}.
 */
public interface ServeTasks {
  /** Ingests complete drop folders, oldest first; returns one line per drop for the log. */
  List<String> ingest(List<Path> drops);

  /** Dates of the drops committed to the warehouse, ascending. */
  List<LocalDate> dropDates();

  /** Computes a program as of a date, writes its output folder, and returns it as a report. */
  Report report(String program, LocalDate asOf);
}
