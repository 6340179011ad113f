package cn.kczg.schemas.read;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.source.HeaderMapping;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.text.Names;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns one input file into {@link RowOutcome}s under its {@link SourceDefinition}: finds the
 * header (possibly below a title row), checks the required columns (refusing the whole file, naming
 * what is missing, before any row is handed on), and types each data row or gives the reason it
 * cannot be used. Blank rows are skipped and not counted.
 *
 * <p>Example: a 成果.csv row with 发布时间 {@code 2022/7/1} becomes values with item_date 2022-07-01; one
 * with {@code 下周} is rejected as {@code BAD_DATE}.
 */
public final class SourceFileParser implements Serializable {
  private static final long serialVersionUID = 1L;
  private final SourceDefinition definition;

  public SourceFileParser(SourceDefinition definition) {
    this.definition = requireNonNull(definition, "definition is null");
  }

  /**
   * Counts of one file's rows, and what else reading it found. {@code read == accepted + rejected}
   * always.
   *
   * @param notes one sentence each for what a person should know: sheets not read that hold rows,
   *     status values the definition does not know
   * @param unknownStatuses the unknown status values with their rows (items only)
   */
  public record Summary(
      String file,
      String sourceId,
      String encoding,
      long read,
      long accepted,
      long rejected,
      List<String> notes,
      List<UnknownStatuses.UnknownStatus> unknownStatuses) {
    public Summary {
      notes = List.copyOf(notes);
      unknownStatuses = List.copyOf(unknownStatuses);
    }

    /** Counts only, with nothing noted. */
    public Summary(
        String file, String sourceId, String encoding, long read, long accepted, long rejected) {
      this(file, sourceId, encoding, read, accepted, rejected, List.of(), List.of());
    }
  }

  /**
   * Parses a whole file. Rows are handed to {@code sink} only after the header has been found and
   * checked, so a file refused for its columns hands on nothing. A workbook is written to a
   * temporary file and streamed from there; {@link #parse(Path, String, Consumer)} avoids the copy.
   */
  public Summary parse(byte[] bytes, String file, Consumer<RowOutcome> sink) {
    String format = formatOf(file);
    return parse(rows -> TableReader.read(bytes, format, file, sheets(), rows), file, sink);
  }

  /**
   * As {@link #parse(byte[], String, Consumer)}, from a file on disk ({@code file}: its display
   * name).
   */
  public Summary parse(Path path, String file, Consumer<RowOutcome> sink) {
    String format = formatOf(file);
    return parse(rows -> TableReader.read(path, format, file, sheets(), rows), file, sink);
  }

  /**
   * As {@link #parse(byte[], String, Consumer)}, from a stream (e.g. Hadoop's): a workbook is
   * copied to a temporary file as it streams, never into an array.
   */
  public Summary parse(InputStream in, String file, Consumer<RowOutcome> sink) {
    String format = formatOf(file);
    return parse(rows -> TableReader.read(in, format, file, sheets(), rows), file, sink);
  }

  private static String formatOf(String file) {
    return SourceDefinition.formatOf(file).orElseThrow(() -> Errors.unsupportedFormat(file));
  }

  private Summary parse(
      Function<Consumer<TableRow>, TableReader.Read> reader,
      String file,
      Consumer<RowOutcome> sink) {
    long[] counts = new long[3];
    UnknownStatuses statuses = new UnknownStatuses(definition);
    Sheets sheets = new Sheets(file);
    TableReader.Read read =
        reader.apply(
            row -> {
              if (row.blank()) {
                return;
              }
              HeaderMapping mapping = sheets.mappingFor(row);
              if (mapping == null) {
                return;
              }
              RowOutcome outcome = sheets.labelled(row, type(row, mapping));
              counts[0]++;
              counts[outcome.accepted() ? 1 : 2]++;
              statuses.offer(outcome);
              sink.accept(outcome);
            });
    sheets.finish(read);
    List<String> notes = new ArrayList<>();
    read.ignoredSheets()
        .forEach(
            s ->
                notes.add(
                    Errors.ignoredSheet(
                        file, s.name(), s.rows(), definition.id(), definition.origin())));
    notes.addAll(statuses.notes(file));
    return new Summary(
        file,
        definition.id(),
        read.encoding(),
        counts[0],
        counts[1],
        counts[2],
        notes,
        statuses.found());
  }

  /** The sheets the definition reads; see {@link SourceDefinition#sheets()}. */
  private SheetChoice sheets() {
    return definition::readsSheet;
  }

  /**
   * The header search of each sheet read (a text file is one sheet): every sheet has its own
   * header, and one whose rows hold no header refuses the file.
   */
  private final class Sheets {
    private final String file;
    private final Set<String> seen = new LinkedHashSet<>();
    private String sheet;
    private State state;
    private boolean anyHeader;

    Sheets(String file) {
      this.file = file;
    }

    /** The mapping for a data row, or null while (or when) the row is a header candidate. */
    HeaderMapping mappingFor(TableRow row) {
      if (state == null || !java.util.Objects.equals(sheet, row.sheet())) {
        checkHeaderFound();
        sheet = row.sheet();
        seen.add(sheet == null ? "" : sheet);
        state = new State(sheetFile());
      }
      if (state.mapping == null) {
        state.offerHeader(row);
        anyHeader |= state.mapping != null;
        return null;
      }
      return state.mapping;
    }

    /** Names the sheet in a rejected row's detail when the definition reads several. */
    RowOutcome labelled(TableRow row, RowOutcome outcome) {
      if (outcome.accepted() || definition.sheets().isEmpty() || row.sheet() == null) {
        return outcome;
      }
      return new RowOutcome(
          outcome.line(),
          outcome.raw(),
          null,
          outcome.reason(),
          "sheet '" + row.sheet() + "': " + outcome.detail());
    }

    void finish(TableReader.Read read) {
      checkNamedSheets(read);
      checkHeaderFound();
      if (!anyHeader) {
        (state == null ? new State(file) : state).failNoHeader();
      }
    }

    private void checkHeaderFound() {
      if (state != null && state.mapping == null) {
        state.failNoHeader();
      }
    }

    private String sheetFile() {
      return sheet == null || definition.sheets().isEmpty()
          ? file
          : file + " (sheet '" + sheet + "')";
    }

    /** Every sheet the definition names by name must be in the workbook. */
    private void checkNamedSheets(TableReader.Read read) {
      if (read.encoding().startsWith("xls") && !definition.sheets().contains("*")) {
        Set<String> present = new TreeSet<>();
        seen.forEach(n -> present.add(Names.normalize(n)));
        read.ignoredSheets().forEach(s -> present.add(Names.normalize(s.name())));
        List<String> missing =
            definition.sheets().stream()
                .filter(n -> !present.contains(Names.normalize(n)))
                .toList();
        if (!missing.isEmpty()) {
          throw Errors.missingSheets(
              file, missing, sheetNames(read), definition.id(), definition.origin());
        }
      }
    }

    private List<String> sheetNames(TableReader.Read read) {
      List<String> names = new ArrayList<>(seen);
      read.ignoredSheets().forEach(s -> names.add(s.name()));
      return names;
    }
  }

  /**
   * A CSV file's header row: its cells, the line it starts on, and the delimiter of the file (a
   * comma, or a tab for tab-separated text).
   */
  public record CsvHeader(List<String> cells, long line, char delimiter) implements Serializable {
    public CsvHeader {
      cells = List.copyOf(cells);
    }

    /** A comma-separated file's header. */
    public CsvHeader(List<String> cells, long line) {
      this(cells, line, ',');
    }
  }

  /**
   * Finds the header of CSV text as {@link #parse} does (title rows above it allowed), refusing the
   * file when required columns are missing. When {@code text} is only the start of a file ({@code
   * complete} false), the header is returned only once a record after it has begun, so a header cut
   * off by the end of the text is never taken; empty means "decode more of the file and ask again".
   */
  public Optional<CsvHeader> csvHeader(String text, String file, boolean complete) {
    State state = new State(file);
    TableRow[] header = new TableRow[1];
    try {
      TableReader.readCsv(
          text,
          file,
          row -> {
            if (header[0] != null) {
              throw new HeaderFound();
            }
            if (!row.blank()) {
              state.offerHeader(row);
              header[0] = state.mapping == null ? null : row;
            }
          });
    } catch (HeaderFound found) {
      return Optional.of(
          new CsvHeader(header[0].cells(), header[0].line(), TableReader.delimiterOf(text)));
    } catch (RuntimeException e) {
      if (complete) {
        throw e;
      }
      return Optional.empty(); // the cut may have split a row: decide on the whole text
    }
    if (!complete) {
      return Optional.empty();
    }
    if (header[0] == null) {
      state.failNoHeader();
    }
    return Optional.of(
        new CsvHeader(header[0].cells(), header[0].line(), TableReader.delimiterOf(text)));
  }

  /**
   * The data rows of a piece of a CSV file, typed as {@link #parse} types them, read as the
   * iterator advances. The piece must start at a record boundary below the header; {@code
   * firstLine} is the file line it starts on, so rows carry the lines of the whole file.
   *
   * <p>Example: a file split after line 1000 gives a second piece with {@code firstLine} 1001; its
   * first row is reported at line 1001, and a row after a quoted cell spanning two lines at 1003.
   */
  public Iterator<RowOutcome> csvDataRows(
      Reader text, long firstLine, List<String> header, String file) {
    java.io.BufferedReader buffered = new java.io.BufferedReader(text, 1 << 16);
    char delimiter = TableReader.delimiterOfRecords(buffered, header.size());
    return new CsvDataRows(
        this, buffered, delimiter, firstLine, HeaderMapping.of(definition, header), file);
  }

  /**
   * As {@link #csvDataRows(Reader, long, List, String)}, with the header's delimiter (the other
   * overload infers it from the piece's first record and the header's width): prefer this one, so
   * tab-separated text (Excel's "Unicode text") is split as its header was.
   */
  public Iterator<RowOutcome> csvDataRows(
      Reader text, long firstLine, CsvHeader header, String file) {
    return new CsvDataRows(
        this,
        text,
        header.delimiter(),
        firstLine,
        HeaderMapping.of(definition, header.cells()),
        file);
  }

  /**
   * Types one CSV record already split into cells, as {@link #parse} types a data row: the values,
   * or the reason it cannot be used. For callers that split records themselves.
   *
   * @param line the record's line in its file (1 = first line)
   * @param cells the record's cells as written
   * @param mapping the file's header mapping ({@link HeaderMapping#of})
   */
  public RowOutcome typeRecord(long line, List<String> cells, HeaderMapping mapping) {
    return type(new TableRow(line, cells), mapping);
  }

  /** Where the definition's fields sit in a file with these header cells. */
  public HeaderMapping mapping(List<String> header) {
    return HeaderMapping.of(definition, header);
  }

  /** Stops a header search at the record after the header; carries no stack trace. */
  private static final class HeaderFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeaderFound() {
      super(null, null, false, false);
    }
  }

  /** Parses a whole file into a list; for small files (registry) and tests. */
  public List<RowOutcome> parseAll(byte[] bytes, String file) {
    List<RowOutcome> out = new ArrayList<>();
    parse(bytes, file, out::add);
    return out;
  }

  private final class State {
    final String file;
    HeaderMapping mapping;
    HeaderMapping best;
    int seen;

    State(String file) {
      this.file = file;
    }

    void offerHeader(TableRow row) {
      seen++;
      HeaderMapping candidate = HeaderMapping.of(definition, row.cells());
      if (candidate.missingRequired().isEmpty()) {
        mapping = candidate;
      } else if (best == null
          || candidate.missingRequired().size() < best.missingRequired().size()) {
        best = candidate;
      }
      if (mapping == null && seen >= definition.headerSearchRows()) {
        failNoHeader();
      }
    }

    void failNoHeader() {
      List<String> missing =
          best == null
              ? definition.required().stream()
                  .map(f -> definition.columns().get(f).get(0))
                  .sorted()
                  .toList()
              : best.missingRequired();
      throw Errors.missingColumns(file, definition.id(), missing, definition.origin());
    }
  }

  /** Types one data row under a header mapping; see {@link RowTyper}. */
  RowOutcome type(TableRow row, HeaderMapping mapping) {
    return typer().type(row, mapping, true);
  }

  /**
   * As {@link #type}, but an accepted row's {@link RowOutcome#raw} is left empty: for rows whose
   * raw bytes the caller already has (a rejected row keeps its text for the quarantine).
   */
  RowOutcome typeWithoutRaw(TableRow row, HeaderMapping mapping) {
    return typer().type(row, mapping, false);
  }

  private transient RowTyper typer;

  private RowTyper typer() {
    if (typer == null) {
      typer = new RowTyper(definition);
    }
    return typer;
  }
}
