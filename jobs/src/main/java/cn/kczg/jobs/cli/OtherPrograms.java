package cn.kczg.jobs.cli;

import cn.kczg.jobs.programs.ProgramInputs;
import cn.kczg.jobs.programs.Programs;
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
 * Runs programs whose types read their own input files (assessment sheets, station lists,
 * nominations, platform exports) instead of the warehouse, whatever their type; no Spark is started
 * for them.
 */
final class OtherPrograms {
  private OtherPrograms() {}

  static int run(Engine engine, Rulebook rulebook, Path input, LocalDate asOf) {
    if (input == null) {
      throw Errors.badArgument(
          cn.kczg.schemas.messages.Messages.current()
              .text("error.program.own_inputs", rulebook.id()));
    }
    if (!Files.isDirectory(input)) {
      throw Errors.missingPath(Errors.what("input_folder"), input);
    }
    LocalDate date = asOf != null ? asOf : demoDate(input);
    engine.log(
        "run " + rulebook.id() + " (" + rulebook.type() + ") as of " + date + " on " + input);
    Programs.Outcome run = execute(engine, rulebook, input, date);
    System.out.printf("%n%s — %s, as of %s%n", rulebook.id(), rulebook.title(), date);
    run.summary().forEach(System.out::println);
    System.out.println("outputs: " + run.folder().toAbsolutePath());
    return 0;
  }

  /** Runs a program on its input folder, writing to {@code OUT/<program>/<as-of>/}. */
  static Programs.Outcome execute(Engine engine, Rulebook rulebook, Path input, LocalDate asOf) {
    Path out = engine.out().resolve(rulebook.id()).resolve(asOf.toString());
    return Programs.run(rulebook, ProgramInputs.Source.folder(input, engine.sources()), asOf, out);
  }

  /** The as-of date a sample folder names in its demo.properties. */
  private static LocalDate demoDate(Path input) {
    Path file = input.resolve("demo.properties");
    if (!Files.isRegularFile(file)) {
      throw Errors.badArgument(
          cn.kczg.schemas.messages.Messages.current().text("error.program.as_of", input));
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
