package cn.kczg.jobs.cli;

import cn.kczg.jobs.programs.ProgramInput;
import cn.kczg.jobs.programs.ProgramRun;
import cn.kczg.jobs.programs.ProgramRunners;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.program.Rulebook;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;

/**
 * Runs programs whose engines read their own input files (assessment sheets, station lists,
 * nominations) instead of the warehouse; no Spark is started for them.
 */
final class OtherPrograms {
  private OtherPrograms() {}

  static int run(Engine engine, Rulebook rulebook, Path input, LocalDate asOf) {
    if (input == null) {
      throw Errors.badArgument(
          "Program " + rulebook.id() + " reads its own input files: give --input DIR.");
    }
    if (!Files.isDirectory(input)) {
      throw Errors.missingPath("Input folder", input);
    }
    LocalDate date = asOf != null ? asOf : demoDate(input);
    Path out = engine.out().resolve(rulebook.id()).resolve(date.toString());
    engine.log(
        "run " + rulebook.id() + " (" + rulebook.type() + ") as of " + date + " on " + input);
    ProgramRun run =
        ProgramRunners.forType(rulebook.type()).run(rulebook, new ProgramInput(input, date, out));
    System.out.printf("%n%s — %s, as of %s%n", rulebook.id(), rulebook.title(), date);
    run.summary().forEach(System.out::println);
    if (run.problemCount() > 0) {
      System.out.println(run.problemCount() + " problem(s) listed in problems.csv");
    }
    System.out.println("outputs: " + out.toAbsolutePath());
    return 0;
  }

  /** The as-of date a sample folder names in its demo.properties; today otherwise. */
  private static LocalDate demoDate(Path input) {
    Path file = input.resolve("demo.properties");
    if (!Files.isRegularFile(file)) {
      throw Errors.badArgument("Give --as-of YYYY-MM-DD for " + input + ".");
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return LocalDate.parse(p.getProperty("as_of"));
  }
}
