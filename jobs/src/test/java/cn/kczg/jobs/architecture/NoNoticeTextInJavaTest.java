package cn.kczg.jobs.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.source.SourceDefinitions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules are data: no column name, file-name pattern or program id of a notice is written in the
 * Java that reads inputs and runs programs ({@code schemas} and {@code jobs}); they live in the
 * source definitions and rulebooks. The reports module's output headings and official forms are
 * what people read, not what the engine reads, and are not searched.
 */
final class NoNoticeTextInJavaTest {
  private static final List<Path> MAIN_SOURCES =
      List.of(Path.of("src/main/java"), Path.of("../schemas/src/main/java"));

  @Test
  void noColumnNameOfASourceDefinitionIsAStringInJava() throws IOException {
    Set<String> columns = new TreeSet<>();
    for (SourceDefinition d : SourceDefinitions.builtIn().all()) {
      // A column spelled exactly as a field of its source (an English header such as `station`)
      // is the field's own name, which code may use; every other column is the notice's wording.
      d.columns()
          .values()
          .forEach(names -> names.stream().filter(n -> d.indexOf(n) < 0).forEach(columns::add));
    }

    assertThat(literalsFound(columns)).isEmpty();
  }

  @Test
  void noFilePatternOrProgramIdIsAStringInJava() throws IOException {
    Set<String> texts = new TreeSet<>();
    SourceDefinitions.builtIn().all().forEach(d -> texts.addAll(d.filePatterns()));
    Rulebooks.builtIn().all().stream().map(Rulebook::id).forEach(texts::add);

    assertThat(literalsFound(texts)).isEmpty();
  }

  /** The code without its comments: a javadoc example is documentation, not a rule in Java. */
  private static String withoutComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  /** "file: "text"" for every text written as a whole string literal in a main source file. */
  private static List<String> literalsFound(Set<String> texts) throws IOException {
    List<String> found = new ArrayList<>();
    for (Path root : MAIN_SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
          texts.stream()
              .filter(t -> code.contains("\"" + t + "\""))
              .forEach(t -> found.add(file + ": \"" + t + "\""));
        }
      }
    }
    return found;
  }
}
