package cn.kczg.jobs.programs;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.source.SourceDefinition;
import java.nio.file.Path;
import java.util.List;

/**
 * The rows of one input: the files read, the accepted rows in file order, the rows the parser
 * rejected (each with its reason, and its cells as text so a type can tell whom the row was about),
 * and what else reading found (sheets not read, statuses not known).
 *
 * @param spec what the type declared
 * @param source the source definition that read the files
 * @param files the files read, in the order read
 * @param rows the accepted rows
 * @param rejected the rejected rows
 * @param notes one problem per thing noted about a whole file
 */
public record InputRows(
    InputSpec spec,
    SourceDefinition source,
    List<Path> files,
    List<InputRow> rows,
    List<Rejected> rejected,
    List<RowProblem> notes) {
  public InputRows {
    requireNonNull(spec, "spec is null");
    requireNonNull(source, "source is null");
    files = List.copyOf(files);
    rows = List.copyOf(rows);
    rejected = List.copyOf(rejected);
    notes = List.copyOf(notes);
  }

  /**
   * A row the parser rejected.
   *
   * @param texts the row's cells by field, as text (for a records source; else no values)
   * @param problem why it was rejected
   */
  public record Rejected(InputRow texts, RowProblem problem) {}

  /** Every rejected row's problem, then the notes. */
  public List<RowProblem> problems() {
    List<RowProblem> out = new java.util.ArrayList<>();
    rejected.forEach(r -> out.add(r.problem()));
    out.addAll(notes);
    return out;
  }

  /**
   * The name people know a field by: its first column in the source definition. Outputs use it as a
   * heading, so a renamed column is renamed in the outputs too.
   */
  public String label(String field) {
    return source.columnOf(field);
  }

  /** True when a file was found (an optional input may have none). */
  public boolean present() {
    return !files.isEmpty();
  }
}
