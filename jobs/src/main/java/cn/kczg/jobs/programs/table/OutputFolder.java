package cn.kczg.jobs.programs.table;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The output folder of one run: writes tables into it and remembers what it wrote. */
public final class OutputFolder {
  private final Path dir;
  private final List<Path> written = new ArrayList<>();

  public OutputFolder(Path dir) {
    this.dir = requireNonNull(dir, "dir is null");
  }

  /** Writes {@code table} as {@code name} (a .csv file name). */
  public Path csv(String name, OutputTable table) {
    Path file = dir.resolve(name);
    TableFiles.writeCsv(file, table);
    written.add(file);
    return file;
  }

  /** Writes {@code tables} as the workbook {@code name} (an .xlsx file name). */
  public Path xlsx(String name, List<OutputTable> tables) {
    Path file = dir.resolve(name);
    TableFiles.writeXlsx(file, tables);
    written.add(file);
    return file;
  }

  /** The files written so far, in the order written. */
  public List<Path> files() {
    return List.copyOf(written);
  }
}
