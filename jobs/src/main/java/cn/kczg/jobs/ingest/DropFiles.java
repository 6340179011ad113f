package cn.kczg.jobs.ingest;

import cn.kczg.jobs.ingest.FileOutcome.Status;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.read.SourceFileParser;
import cn.kczg.schemas.read.TableReader;
import cn.kczg.schemas.read.TableRow;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.source.SourceDefinitions;
import cn.kczg.schemas.text.TextDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files of one drop folder sorted into those to read and those not to: hashed, skipped when
 * their bytes were already ingested for the drop date or appear twice in the drop, recognized by
 * name or header, and checked (decodable, required columns present) before anything is written.
 */
final class DropFiles {
  /** A file accepted for reading, with its bytes for the small (driver-side) sources. */
  record Pending(InboxFile file, byte[] bytes) {}

  /** The sorting: files to read, and what became of the others. */
  record Sorted(List<Pending> accepted, List<FileOutcome> skipped) {}

  private final SourceDefinitions sources;
  private final Consumer<String> log;

  DropFiles(SourceDefinitions sources, Consumer<String> log) {
    this.sources = sources;
    this.log = log;
  }

  /** Sorts a drop's files; {@code known} holds the SHA-256 already ingested for its date. */
  Sorted sort(Path drop, LocalDate date, Set<String> known) {
    String folder = drop.getFileName().toString();
    Set<String> seen = new HashSet<>();
    List<Pending> accepted = new ArrayList<>();
    List<FileOutcome> skipped = new ArrayList<>();
    for (Path path : filesOf(drop)) {
      String display = folder + "/" + path.getFileName();
      byte[] bytes = read(path);
      String sha = sha256(bytes);
      if (known.contains(sha)) {
        skipped.add(
            FileOutcome.skipped(
                display,
                "",
                Status.ALREADY_INGESTED,
                "these bytes were ingested for " + date + " before"));
      } else if (!seen.add(sha)) {
        skipped.add(
            FileOutcome.skipped(
                display,
                "",
                Status.DUPLICATE,
                "same bytes as another file of this drop; read once"));
      } else {
        check(path, display, date, sha, bytes, accepted, skipped);
      }
    }
    return new Sorted(accepted, skipped);
  }

  private void check(
      Path path,
      String display,
      LocalDate date,
      String sha,
      byte[] bytes,
      List<Pending> accepted,
      List<FileOutcome> skipped) {
    String name = path.getFileName().toString();
    Optional<String> format = SourceDefinition.formatOf(name);
    if (format.isEmpty()) {
      skipped.add(FileOutcome.skipped(display, "", Status.IGNORED, "not a .csv or .xlsx file"));
      return;
    }
    try {
      Optional<SourceDefinition> def =
          sources.forFileName(name).or(() -> byHeader(format.get(), bytes, display));
      if (def.isEmpty()) {
        skipped.add(
            FileOutcome.skipped(
                display,
                "",
                Status.IGNORED,
                "matches no source definition by name or header; add one (see docs/adding-a-source.md)"));
        return;
      }
      String encoding = probe(def.get(), bytes, display);
      String uri = path.toAbsolutePath().toUri().toString();
      accepted.add(new Pending(new InboxFile(uri, display, date, sha, def.get(), encoding), bytes));
    } catch (KczgException e) {
      log.accept("refused " + display + ": " + e.getMessage());
      skipped.add(FileOutcome.skipped(display, "", Status.REFUSED, e.getMessage()));
    }
  }

  private Optional<SourceDefinition> byHeader(String format, byte[] bytes, String display) {
    for (TableRow row : TableReader.firstRows(bytes, format, display, 5)) {
      Optional<SourceDefinition> def = sources.forHeader(format, row.cells());
      if (def.isPresent()) {
        return def;
      }
    }
    return Optional.empty();
  }

  /**
   * Decodes the file and checks its header, so a refusal happens before anything is written; small
   * sources are parsed whole here, item files only up to their first data row.
   */
  private static String probe(SourceDefinition def, byte[] bytes, String display) {
    try {
      return new SourceFileParser(def)
          .parse(
              bytes,
              display,
              row -> {
                if (def.role() == Role.ITEMS) {
                  throw new HeaderOk();
                }
              })
          .encoding();
    } catch (HeaderOk ok) {
      return SourceDefinition.formatOf(display).orElse("").equals("xlsx")
          ? "xlsx"
          : TextDecoder.decode(bytes, display).charset();
    }
  }

  /** Stops a probe at the first data row; carries no stack trace. */
  private static final class HeaderOk extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeaderOk() {
      super(null, null, false, false);
    }
  }

  private static List<Path> filesOf(Path drop) {
    try (Stream<Path> files = Files.list(drop)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              p ->
                  !p.getFileName().toString().startsWith(".")
                      && !p.getFileName().toString().startsWith("~$"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
