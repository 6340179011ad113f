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
  /**
   * Where a program's weekly report takes its week from: the dates its data holds (the warehouse's
   * drop dates, or the dated drop folders of its own input folder), or, for a program whose input
   * folder holds no dated folders, the day of the report itself.
   */
  sealed interface DataDates permits Dated, Undated {}

  /** The dates the data holds, ascending; a program is due when the newest is not reported. */
  record Dated(List<LocalDate> dates) implements DataDates {
    public Dated {
      dates = List.copyOf(dates);
    }
  }

  /** No dates in the data: the program is reported as of the day, once per calendar week. */
  record Undated() implements DataDates {}

  /** Ingests complete drop folders, oldest first; returns one line per drop for the log. */
  List<String> ingest(List<Path> drops);

  /** Dates of the drops committed to the warehouse, ascending. */
  List<LocalDate> dropDates();

  /** Computes a program as of a date, writes its output folder, and returns it as a report. */
  Report report(String program, LocalDate asOf);

  /**
   * Where a program's week comes from; by default the warehouse's drop dates, as for every program
   * that reads the warehouse.
   */
  default DataDates dataDates(String program) {
    return new Dated(dropDates());
  }
}
