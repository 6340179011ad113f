package cn.kczg.jobs.programs.table;

import cn.kczg.jobs.programs.ProgramErrors;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.source.SourceDefinition;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a program's input files in its input folder by file-name patterns (globs, compared ignoring
 * case), among {@code .csv} and {@code .xlsx} files only.
 */
public final class InputFiles {
  private InputFiles() {}

  /** The one file matching {@code patterns}; refused when there is none or more than one. */
  public static Path one(Path dir, String what, List<String> patterns) {
    return optional(dir, what, patterns)
        .orElseThrow(() -> ProgramErrors.missingInput(dir, what, patterns));
  }

  /** The file matching {@code patterns}, if any; refused when more than one matches. */
  public static Optional<Path> optional(Path dir, String what, List<String> patterns) {
    List<Path> found = matching(dir, patterns);
    if (found.size() > 1) {
      throw ProgramErrors.ambiguousInput(
          dir, what, found.stream().map(p -> p.getFileName().toString()).toList());
    }
    return found.stream().findFirst();
  }

  /** Every table file in {@code dir} matching one of {@code patterns}, sorted by name. */
  public static List<Path> matching(Path dir, List<String> patterns) {
    if (!Files.isDirectory(dir)) {
      throw Errors.missingPath("Input folder", dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).filter(p -> matches(p, patterns)).sorted().toList();
    } catch (IOException e) {
      throw ProgramErrors.cannotRead(dir, e);
    }
  }

  private static boolean matches(Path file, List<String> patterns) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (SourceDefinition.formatOf(name).isEmpty()) {
      return false;
    }
    for (String pattern : patterns) {
      PathMatcher matcher =
          FileSystems.getDefault().getPathMatcher("glob:" + pattern.toLowerCase(Locale.ROOT));
      if (matcher.matches(Path.of(name))) {
        return true;
      }
    }
    return false;
  }
}
