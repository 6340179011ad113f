package cn.kczg.jobs.programs;

import cn.kczg.schemas.program.Rulebook;
import java.time.LocalDate;
import java.util.List;

/**
 * A program type: the plug-in that runs every rulebook of one {@code type}. A type declares what it
 * reads, reads its typed rulebook section, computes small result records from the rows of its
 * inputs, and says which outputs it asks the reports module for. It never starts Spark itself,
 * never reads a column by name (its inputs are read through source definitions) and never holds a
 * number of a notice (those are in the rulebook).
 *
 * <p>Types are found by {@link ProgramTypes}, a registry filled by {@link java.util.ServiceLoader}
 * from {@code META-INF/services/cn.kczg.jobs.programs.ProgramType}: adding a type is a package with
 * its implementation and that one line, plus its rulebook and source definitions (data). A run of
 * any type goes through {@link Programs#run}.
 *
 * <p>Methods added to this interface later come with a default, so a type written today keeps
 * compiling.
 *
 * @param <R> the typed rulebook section
 * @param <O> the computed results
 */
public interface ProgramType<R, O> {

  /** The rulebook {@code type} this plug-in runs, e.g. {@code scorecard}. */
  String type();

  /**
   * Reads and checks the rulebook's own section; a rulebook with mistakes is refused ({@code
   * BAD_RULEBOOK}) listing every problem at once. Defaults come from the rulebook schema.
   */
  R rules(Rulebook rulebook);

  /** The inputs a run reads under these rules, in the order they are read. */
  List<InputSpec> inputs(R rules);

  /**
   * Computes the results as of a day from the inputs' rows: small records, no files, no clock.
   * Input rows that could not be read are in {@link ProgramInputs#problems()}; a type lists them
   * among its problems.
   */
  O compute(R rules, ProgramInputs inputs, LocalDate asOf);

  /** The tables, forms and summaries a run of these results asks for. */
  ProgramOutputs outputs(Rulebook rulebook, R rules, O results, LocalDate asOf);

  /** One line for {@code kczg programs}: what a run of this type computes. */
  default String description() {
    return "";
  }
}
