package cn.kczg.schemas.read;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.read.RowOutcome.Reason;
import cn.kczg.schemas.source.FieldType;
import cn.kczg.schemas.source.HeaderMapping;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.text.Dates;
import cn.kczg.schemas.text.Names;
import java.io.Reader;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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

  /** Counts of one file's rows. {@code read == accepted + rejected} always. */
  public record Summary(
      String file, String sourceId, String encoding, long read, long accepted, long rejected) {}

  /**
   * Parses a whole file. Rows are handed to {@code sink} only after the header has been found and
   * checked, so a file refused for its columns hands on nothing.
   */
  public Summary parse(byte[] bytes, String file, Consumer<RowOutcome> sink) {
    String format =
        SourceDefinition.formatOf(file)
            .orElseThrow(() -> Errors.unreadableFile(file, "only .csv and .xlsx files are read"));
    long[] counts = new long[3];
    State state = new State(file);
    String encoding =
        TableReader.read(
            bytes,
            format,
            file,
            row -> {
              if (row.blank()) {
                return;
              }
              if (state.mapping == null) {
                state.offerHeader(row);
                return;
              }
              RowOutcome outcome = type(row, state.mapping);
              counts[0]++;
              counts[outcome.accepted() ? 1 : 2]++;
              sink.accept(outcome);
            });
    if (state.mapping == null) {
      state.failNoHeader();
    }
    return new Summary(file, definition.id(), encoding, counts[0], counts[1], counts[2]);
  }

  /** A CSV file's header row: its cells and the line it starts on. */
  public record CsvHeader(List<String> cells, long line) implements Serializable {
    public CsvHeader {
      cells = List.copyOf(cells);
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
      return Optional.of(new CsvHeader(header[0].cells(), header[0].line()));
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
    return Optional.of(new CsvHeader(header[0].cells(), header[0].line()));
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
    return new CsvDataRows(this, text, firstLine, HeaderMapping.of(definition, header), file);
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

  RowOutcome type(TableRow row, HeaderMapping mapping) {
    List<Role.Field> fields = definition.role().fields();
    Object[] values = new Object[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      Role.Field field = fields.get(i);
      String cell = mapping.cell(row.cells(), field.name());
      String text = Names.clean(cell);
      if (field.type() == FieldType.DATE) {
        if (text.isEmpty()) {
          if (definition.required().contains(field.name())) {
            return RowOutcome.rejected(row, Reason.BAD_DATE, columnOf(field) + " is empty");
          }
          continue;
        }
        Optional<LocalDate> date = Dates.parse(text);
        if (date.isEmpty()) {
          return RowOutcome.rejected(
              row, Reason.BAD_DATE, columnOf(field) + " '" + text + "' is not a date");
        }
        values[i] = date.get();
      } else if (field.type() == FieldType.COUNT) {
        Long count = parseCount(text);
        if (count == null) {
          return RowOutcome.rejected(
              row, Reason.BAD_NUMBER, columnOf(field) + " '" + text + "' is not a whole number");
        }
        values[i] = count;
      } else {
        values[i] = text.isEmpty() ? null : text;
      }
    }
    return checkKeys(row, values);
  }

  private RowOutcome checkKeys(TableRow row, Object[] values) {
    Role role = definition.role();
    if (role == Role.ITEMS && values[indexOf("item_id")] == null) {
      return RowOutcome.rejected(row, Reason.MISSING_ID, columnOf("item_id") + " is empty");
    }
    if (values[indexOf("org_name")] == null
        && (role == Role.REGISTRY || values[indexOf("account")] == null)) {
      return RowOutcome.rejected(row, Reason.NO_ORG, columnOf("org_name") + " is empty");
    }
    if (role == Role.REGISTRY && values[indexOf("category")] == null) {
      return RowOutcome.rejected(row, Reason.MISSING_VALUE, columnOf("category") + " is empty");
    }
    return RowOutcome.ok(row, values);
  }

  private int indexOf(String field) {
    List<Role.Field> fields = definition.role().fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(field)) {
        return i;
      }
    }
    throw new IllegalArgumentException(field);
  }

  private String columnOf(Role.Field field) {
    return columnOf(field.name());
  }

  private String columnOf(String field) {
    List<String> names = definition.columns().get(field);
    return names == null || names.isEmpty() ? field : names.get(0);
  }

  private static Long parseCount(String text) {
    if (text.isEmpty()) {
      return 0L;
    }
    String t =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replace(",", "");
    if (t.endsWith(".0")) {
      t = t.substring(0, t.length() - 2);
    }
    try {
      long v = Long.parseLong(t);
      return v < 0 ? null : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
