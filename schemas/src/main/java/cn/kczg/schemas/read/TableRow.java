package cn.kczg.schemas.read;

import java.util.List;

/**
 * One row of an input file as text cells, with the line (CSV) or row number (XLSX) people see when
 * they open the file: the first line is 1.
 */
public record TableRow(long line, List<String> cells) {
  public TableRow {
    cells = List.copyOf(cells);
  }

  /** True when every cell is blank. */
  public boolean blank() {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }

  /** The row as one line of text for quarantine (cells joined by commas). */
  public String raw() {
    return String.join(",", cells.stream().map(c -> c == null ? "" : c).toList());
  }
}
