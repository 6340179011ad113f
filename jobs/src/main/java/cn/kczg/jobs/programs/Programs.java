package cn.kczg.jobs.programs;

import cn.kczg.schemas.program.Rulebook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs a rulebook, whatever its type: rules, inputs, results, outputs, in that order, through the
 * plug-in {@link ProgramTypes} finds for its type.
 */
public final class Programs {
  private Programs() {}

  /**
   * What a run did.
   *
   * @param folder the output folder
   * @param files the files written, in the order written
   * @param summary lines for the console
   * @param mailLines the Chinese lines of a delivered report
   * @param problemCount the problems listed in the outputs
   */
  public record Outcome(
      Path folder,
      List<Path> files,
      List<String> summary,
      List<String> mailLines,
      int problemCount) {
    public Outcome {
      files = List.copyOf(files);
      summary = List.copyOf(summary);
      mailLines = List.copyOf(mailLines);
    }
  }

  /**
   * Runs {@code rulebook} as of {@code asOf} on its inputs and writes the outputs to {@code out}.
   */
  public static Outcome run(
      Rulebook rulebook, ProgramInputs.Source source, LocalDate asOf, Path out) {
    return run(ProgramTypes.forRulebook(rulebook), rulebook, source, asOf, out);
  }

  private static <R, O> Outcome run(
      ProgramType<R, O> type,
      Rulebook rulebook,
      ProgramInputs.Source source,
      LocalDate asOf,
      Path out) {
    ProgramOutputs outputs = outputs(type, rulebook, source, asOf);
    List<Path> files = outputs.write(out);
    return new Outcome(out, files, outputs.summary(), outputs.mailLines(), outputs.problemCount());
  }

  /** Computes a rulebook's outputs without writing them. */
  public static ProgramOutputs outputs(
      Rulebook rulebook, ProgramInputs.Source source, LocalDate asOf) {
    return outputs(ProgramTypes.forRulebook(rulebook), rulebook, source, asOf);
  }

  private static <R, O> ProgramOutputs outputs(
      ProgramType<R, O> type, Rulebook rulebook, ProgramInputs.Source source, LocalDate asOf) {
    R rules = type.rules(rulebook);
    ProgramInputs inputs =
        ProgramInputs.read(rulebook, type.type(), type.inputs(rules), source, asOf);
    O results = type.compute(rules, inputs, asOf);
    return type.outputs(rulebook, rules, results, asOf);
  }
}
