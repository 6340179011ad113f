package cn.kczg.jobs.ingest;

import cn.kczg.jobs.ingest.FileOutcome.Status;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.read.CsvRecords;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files of one drop folder sorted into those to read and those not to: hashed, skipped when
 * their bytes were already ingested for the drop date or appear twice in the drop, recognized by
 * name or header, and checked (decodable, required columns present) before anything is written.
 * Large item files are read by the driver once, in blocks, and cut into pieces for Spark tasks.
 */
final class DropFiles {
  /**
   * A file accepted for reading: a small (driver-side) source with its bytes, or an item file with
   * the pieces its Spark tasks scan (its bytes are not kept).
   */
  record Pending(InboxFile file, byte[] bytes, List<ItemPiece> pieces) {}

  /** Bytes of CSV per scan task: big enough for few output files, small enough to balance. */
  static final long PIECE_BYTES = 32L << 20;

  /** Bytes read from the start of an item file to find its charset and header. */
  private static final int PREFIX = 1 << 20;

  /** A file refused whole before anything was read: its SHA-256, source (if known) and why. */
  record Refusal(String display, String sha256, String sourceId, String reason) {}

  /**
   * The sorting: files to read, what became of the others, and those refused (also among {@code
   * skipped}), which the ledger and the quarantine record.
   */
  record Sorted(List<Pending> accepted, List<FileOutcome> skipped, List<Refusal> refused) {}

  private final SourceDefinitions sources;
  private final Consumer<String> log;
  private final long pieceBytes;

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
    List<Refusal> refused = new ArrayList<>();
    for (Path path : filesOf(drop)) {
      String display = folder + "/" + path.getFileName();
      if (SourceDefinition.formatOf(path.getFileName().toString()).isEmpty()) {
        skipped.add(
            FileOutcome.skipped(
                display, "", Status.IGNORED, "not a .csv, .txt, .xlsx or .xls file"));
        continue;
      }
      FileMarks marks = FileMarks.of(path);
      if (known.contains(marks.sha256())) {
        skipped.add(
            FileOutcome.skipped(
                display,
                "",
                Status.ALREADY_INGESTED,
                "these bytes were ingested for " + date + " before"));
      } else if (!seen.add(marks.sha256())) {
        skipped.add(
            FileOutcome.skipped(
                display,
                "",
                Status.DUPLICATE,
                "same bytes as another file of this drop; read once"));
      } else {
        check(path, display, date, marks, accepted, skipped, refused);
      }
    }
    return new Sorted(accepted, skipped, refused);
  }

  private void check(
      Path path,
      String display,
      LocalDate date,
      FileMarks marks,
      List<Pending> accepted,
      List<FileOutcome> skipped,
      List<Refusal> refused) {
    String format = SourceDefinition.formatOf(path.getFileName().toString()).orElseThrow();
    String sourceId = "";
    try {
      byte[] prefix = marks.prefix(PREFIX);
      Optional<SourceDefinition> def =
          sources
              .forFileName(path.getFileName().toString())
              .or(() -> byHeader(format, prefix, marks, display));
      if (def.isEmpty()) {
        skipped.add(
            FileOutcome.skipped(
                display,
                "",
                Status.IGNORED,
                "matches no source definition by name or header; add one (see docs/adding-a-source.md)"));
        return;
      }
      sourceId = def.get().id();
      String uri = path.toAbsolutePath().toUri().toString();
      InboxFile base = new InboxFile(uri, display, date, marks.sha256(), def.get(), "");
      if (def.get().role() == Role.ITEMS && format.equals("csv")) {
        accepted.add(itemCsv(base, marks, prefix));
        return;
      }
      byte[] bytes = marks.bytes();
      String encoding = probe(def.get(), bytes, display);
      InboxFile file = base.withEncoding(encoding);
      accepted.add(
          def.get().role() == Role.ITEMS
              ? new Pending(file, null, List.of(ItemPiece.whole(file)))
              : new Pending(file, bytes, List.of()));
    } catch (KczgException e) {
      log.accept("refused " + display + ": " + e.getMessage());
      skipped.add(FileOutcome.skipped(display, sourceId, Status.REFUSED, e.getMessage()));
      refused.add(new Refusal(display, marks.sha256(), sourceId, e.getMessage()));
    }
  }

  /**
   * An item CSV: its charset decided on its first megabyte, its header found there, its data
   * records cut into pieces at line breaks (a cut inside a quoted cell is found by the tasks and
   * the file read again as one piece).
   */
  private Pending itemCsv(InboxFile base, FileMarks marks, byte[] prefix) {
    if (utf16(prefix)) { // two bytes a character: no byte to cut at; parsed whole
      return whole(base, marks);
    }
    boolean complete = prefix.length == marks.size();
    byte[] head = prefix;
    int usable = complete ? head.length : lastLineEnd(head);
    String encoding = TextDecoder.charsetOf(java.util.Arrays.copyOf(head, usable), base.display());
    InboxFile file = base.withEncoding(encoding);
    SourceFileParser parser = new SourceFileParser(file.definition());
    int start = TextDecoder.textStart(head);
    String text = new String(head, start, usable - start, TextDecoder.charset(encoding));
    SourceFileParser.CsvHeader header =
        parser
            .csvHeader(text, file.display(), complete)
            .orElseThrow(() -> Errors.cannotRead(file.display(), "no_header"));
    if (header.delimiter() != ',') { // tab-separated text: parsed whole
      return whole(base, marks);
    }
    CsvRecords records = new CsvRecords(head, start, usable, 1);
    long dataStart = -1;
    long dataLine = 1;
    while (records.next()) {
      if (records.line() == header.line()) {
        dataStart = records.position();
        // the line after the header record, blank lines between included by the next record
        dataLine = header.line() + lines(head, records.start(), records.position());
        break;
      }
    }
    if (dataStart < 0) {
      throw Errors.cannotRead(file.display(), "header_undelimited");
    }
    List<ItemPiece> pieces =
        marks.pieces(dataStart, dataLine, pieceBytes).stream()
            .map(range -> ItemPiece.of(file, range, header.cells()))
            .toList();
    return new Pending(file, null, pieces);
  }

  /** An item file read by one task from its first byte, its header checked here first. */
  private static Pending whole(InboxFile base, FileMarks marks) {
    byte[] bytes = marks.bytes();
    InboxFile file = base.withEncoding(probe(base.definition(), bytes, base.display()));
    return new Pending(file, null, List.of(ItemPiece.whole(file)));
  }

  private static boolean utf16(byte[] b) {
    return b.length >= 2
        && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
            || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF));
  }

  /** Line breaks in {@code bytes[from, to)} (CR, LF and CRLF each one). */
  private static long lines(byte[] bytes, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\r' || (bytes[i] == '\n' && (i == from || bytes[i - 1] != '\r'))) {
        n++;
      }
    }
    return n;
  }

  /** The length of the bytes up to and including their last line feed (all when none). */
  private static int lastLineEnd(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i + 1;
      }
    }
    return bytes.length;
  }

  private Optional<SourceDefinition> byHeader(
      String format, byte[] prefix, FileMarks marks, String display) {
    byte[] bytes =
        format.equals("csv") ? java.util.Arrays.copyOf(prefix, lastLineEnd(prefix)) : marks.bytes();
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
      String format = SourceDefinition.formatOf(display).orElse("csv");
      return format.equals("csv") ? TextDecoder.decode(bytes, display).charset() : format;
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
}
