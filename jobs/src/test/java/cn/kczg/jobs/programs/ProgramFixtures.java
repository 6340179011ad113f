package cn.kczg.jobs.programs;

import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import cn.kczg.schemas.source.SourceDefinitions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Small inputs for the program types' tests: files written into a folder, then read as a run would.
 */
public final class ProgramFixtures {
  private ProgramFixtures() {}

  /** A built-in rulebook. */
  public static Rulebook book(String id) {
    return Rulebooks.builtIn().get(id);
  }

  /** A rulebook from YAML text. */
  public static Rulebook book(String yaml, String origin) {
    return Rulebooks.parse(yaml.getBytes(StandardCharsets.UTF_8), origin);
  }

  /**
   * Writes files ({@code name, content, name, content …}, names may hold folders) into a folder.
   */
  public static Path files(Path dir, String... nameAndContent) {
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < nameAndContent.length; i += 2) {
        Path file = dir.resolve(nameAndContent[i]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, nameAndContent[i + 1], StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a folder and everything below it (a sample, a rulebook folder) into another. */
  public static void copyTree(Path from, Path to) {
    try (java.util.stream.Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The inputs of a rulebook's run on a folder, read with the built-in source definitions. */
  public static ProgramInputs read(Rulebook book, Path folder, LocalDate asOf) {
    return ProgramInputs.read(
        book,
        book.type(),
        ProgramTypes.inputs(book),
        ProgramInputs.Source.folder(folder, SourceDefinitions.builtIn()),
        asOf);
  }

  /** A rulebook's outputs on a folder, not written. */
  public static ProgramOutputs outputs(Rulebook book, Path folder, LocalDate asOf) {
    return Programs.outputs(
        book, ProgramInputs.Source.folder(folder, SourceDefinitions.builtIn()), asOf);
  }
}
