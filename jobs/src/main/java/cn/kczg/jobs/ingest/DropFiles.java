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
  /**
   * A file accepted for reading: a small (driver-side) source with its bytes, or an item file with
   * the pieces its Spark tasks parse (its bytes are not kept).
   */
  record Pending(InboxFile file, byte[] bytes, List<ItemPiece> pieces) {}

  /** Bytes of CSV per parse task: big enough for few output files, small enough to balance. */
  static final long PIECE_BYTES = 32L << 20;

  /** Text decoded on the driver to find an item file's header. */
  private static final int HEADER_PREFIX = 1 << 20;

  /** The sorting: files to read, and what became of the others. */
  record Sorted(List<Pending> accepted, List<FileOutcome> skipped) {}

  private final SourceDefinitions sources;
  private final Consumer<String> log;

  private final long pieceBytes;

  DropFiles(SourceDefinitions sources, Consumer<String> log) {
    this(sources, log, PIECE_BYTES);
  }

  /** With another piece size; tests use tiny ones to cut small files into many pieces. */
  DropFiles(SourceDefinitions sources, Consumer<String> log, long pieceBytes) {
    this.sources = sources;
    this.log = log;
    this.pieceBytes = pieceBytes;
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
      String uri = path.toAbsolutePath().toUri().toString();
      if (def.get().role() == Role.ITEMS && format.get().equals("csv")) {
        accepted.add(itemCsv(new InboxFile(uri, display, date, sha, def.get(), ""), bytes));
        return;
      }
      String encoding = probe(def.get(), bytes, display);
      InboxFile file = new InboxFile(uri, display, date, sha, def.get(), encoding);
      accepted.add(
          def.get().role() == Role.ITEMS
              ? new Pending(file, null, List.of(ItemPiece.whole(file)))
              : new Pending(file, bytes, List.of()));
    } catch (KczgException e) {
      log.accept("refused " + display + ": " + e.getMessage());
      skipped.add(FileOutcome.skipped(display, "", Status.REFUSED, e.getMessage()));
    }
  }

  /**
   * An item CSV: its charset checked over every byte, its header found in the first megabyte, its
   * data records cut into pieces; refused (with the same messages as a whole parse) when
   * unreadable.
   */
  private Pending itemCsv(InboxFile base, byte[] bytes) {
    String encoding = TextDecoder.charsetOf(bytes, base.display());
    InboxFile file =
        new InboxFile(
            base.path(),
            base.display(),
            base.dropDate(),
            base.sha256(),
            base.definition(),
            encoding);
    SourceFileParser.CsvHeader header = header(file, bytes);
    List<ItemPiece> pieces =
        CsvPieces.split(bytes, TextDecoder.textStart(bytes), header.line(), pieceBytes)
            .map(list -> list.stream().map(p -> ItemPiece.of(file, p, header.cells())).toList())
            .orElseGet(() -> List.of(ItemPiece.whole(file)));
    return new Pending(file, null, pieces);
  }

  private static SourceFileParser.CsvHeader header(InboxFile file, byte[] bytes) {
    SourceFileParser parser = new SourceFileParser(file.definition());
    int start = TextDecoder.textStart(bytes);
    int n = Math.min(bytes.length - start, HEADER_PREFIX);
    String prefix = new String(bytes, start, n, TextDecoder.charset(file.encoding()));
    return parser
        .csvHeader(prefix, file.display(), n == bytes.length - start)
        .or(
            () ->
                parser.csvHeader(
                    TextDecoder.decode(bytes, file.display()).text(), file.display(), true))
        .orElseThrow();
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
