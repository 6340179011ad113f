package cn.kczg.jobs.programs;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One input a program type reads. A file input is read through a source definition: the rulebook's
 * {@code inputs:} section names the definition of each input ({@code assessments:
 * association-assessments}; an input it leaves out is read by the definition of the same id), and
 * the definition must declare every field the type reads.
 *
 * @param name the input's name, e.g. {@code assessments}
 * @param count how many files, and where
 * @param fields the fields the type reads from its rows: the definition must declare them
 * @param optionalFields fields the type uses when the definition declares them (e.g. for a form)
 */
public record InputSpec(
    String name, Count count, List<String> fields, List<String> optionalFields) {

  /** How an input's files are found in the input folder. */
  public enum Count {
    /** Exactly one file in the folder; none or several are refused. */
    ONE,
    /** At most one file in the folder; none means no rows. */
    OPTIONAL,
    /**
     * Every matching file of every drop: the dated folders ({@code 2024-06-30}, {@code
     * 2024-06-30-resend}) dated on or before the as-of day, or the folder itself, as one drop of
     * the as-of day, when it has none. At least one file is required.
     */
    DROPS,
    /** The warehouse (item exports and registry ingested by {@code kczg ingest}). */
    WAREHOUSE
  }

  public InputSpec {
    requireNonNull(name, "name is null");
    requireNonNull(count, "count is null");
    fields = List.copyOf(fields);
    optionalFields = List.copyOf(optionalFields);
  }

  /** The same input, also using these fields when its definition declares them. */
  public InputSpec alsoUsing(List<String> optional) {
    return new InputSpec(name, count, fields, optional);
  }

  /** Exactly one file. */
  public static InputSpec one(String name, List<String> fields) {
    return new InputSpec(name, Count.ONE, fields, List.of());
  }

  /** At most one file. */
  public static InputSpec optional(String name, List<String> fields) {
    return new InputSpec(name, Count.OPTIONAL, fields, List.of());
  }

  /** The files of every drop up to the as-of day. */
  public static InputSpec drops(String name, List<String> fields) {
    return new InputSpec(name, Count.DROPS, fields, List.of());
  }

  /** The warehouse. */
  public static InputSpec warehouse() {
    return new InputSpec("warehouse", Count.WAREHOUSE, List.of(), List.of());
  }

  /** True for the warehouse. */
  public boolean readsWarehouse() {
    return count == Count.WAREHOUSE;
  }
}
