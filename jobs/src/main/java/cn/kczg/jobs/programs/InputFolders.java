package cn.kczg.jobs.programs;

import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.text.Dates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lists a folder's files and drop folders. */
final class InputFolders {
  private InputFolders() {}

  /** The files of {@code dir} a definition reads (name pattern and format), by name. */
  static List<Path> matching(Path dir, SourceDefinition definition) {
    return list(dir)
        .filter(Files::isRegularFile)
        .filter(p -> definition.matchesFileName(p.getFileName().toString()))
        .sorted()
        .toList();
  }

  /** The dated subfolders of {@code dir} ({@code 2024-06-30}, {@code 2024-06-30-resend}). */
  static List<Path> dropFolders(Path dir) {
    return list(dir)
        .filter(Files::isDirectory)
        .filter(p -> Dates.dropDate(p.getFileName().toString()).isPresent())
        .sorted()
        .toList();
  }

  private static Stream<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList().stream();
    } catch (IOException e) {
      throw ProgramErrors.cannotRead(dir, e);
    }
  }
}
