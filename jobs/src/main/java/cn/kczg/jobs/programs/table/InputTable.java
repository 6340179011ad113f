package cn.kczg.jobs.programs.table;

import cn.kczg.jobs.programs.ProgramErrors;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.read.TableReader;
import cn.kczg.schemas.read.TableRow;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.text.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of one input file (CSV in UTF-8, UTF-8 with BOM or GBK, or the first sheet of an XLSX),
 * below a header row found by column names: the header is the first of the first {@value
 * #HEADER_SEARCH_ROWS} non-blank rows that has every required column, so a title row above it is
 * fine. Blank rows are skipped. A file without the required columns is refused whole, naming what
 * is missing.
 */
public final class InputTable {
  /** How many leading non-blank rows may hold the header. */
  public static final int HEADER_SEARCH_ROWS = 5;

  private final String file;
  private final List<InputRow> rows;

  private InputTable(String file, List<InputRow> rows) {
    this.file = file;
    this.rows = List.copyOf(rows);
  }

  /** Reads {@code path}, requiring {@code required} columns, for the program {@code program}. */
  public static InputTable read(Path path, List<Column> required, String program) {
    try {
      return read(Files.readAllBytes(path), path.toString(), required, program);
    } catch (IOException e) {
      throw ProgramErrors.cannotRead(path, e);
    }
  }

  /** Reads a file's bytes; {@code file} names it in messages and decides CSV or XLSX. */
  public static InputTable read(byte[] bytes, String file, List<Column> required, String program) {
    String format =
        SourceDefinition.formatOf(file)
            .orElseThrow(() -> Errors.unreadableFile(file, "only .csv and .xlsx files are read"));
    List<TableRow> all = new ArrayList<>();
    TableReader.read(
        bytes,
        format,
        file,
        row -> {
          if (!row.blank()) {
            all.add(row);
          }
        });
    int header = headerIndex(all, required, file, program);
    Map<String, Integer> positions = positions(all.get(header).cells());
    List<InputRow> rows = new ArrayList<>();
    for (TableRow row : all.subList(header + 1, all.size())) {
      rows.add(new InputRow(file, row.line(), positions, row.cells()));
    }
    return new InputTable(file, rows);
  }

  private static int headerIndex(
      List<TableRow> all, List<Column> required, String file, String program) {
    if (all.isEmpty()) {
      throw ProgramErrors.emptyFile(file);
    }
    List<String> fewestMissing = null;
    for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, all.size()); i++) {
      List<String> missing = missing(positions(all.get(i).cells()), required);
      if (missing.isEmpty()) {
        return i;
      }
      if (fewestMissing == null || missing.size() < fewestMissing.size()) {
        fewestMissing = missing;
      }
    }
    throw ProgramErrors.missingColumns(file, program, fewestMissing);
  }

  private static List<String> missing(Map<String, Integer> positions, List<Column> required) {
    return required.stream()
        .filter(c -> InputRow.position(positions, c) == null)
        .map(Column::name)
        .toList();
  }

  private static Map<String, Integer> positions(List<String> header) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      out.putIfAbsent(key(header.get(i)), i);
    }
    return out;
  }

  static String key(String headerText) {
    return Names.normalize(headerText).toLowerCase(Locale.ROOT);
  }

  /** The file, as shown to people. */
  public String file() {
    return file;
  }

  /** The data rows, in file order. */
  public List<InputRow> rows() {
    return rows;
  }
}
