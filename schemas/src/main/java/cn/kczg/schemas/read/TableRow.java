package cn.kczg.schemas.read;

import java.util.List;

/**
 * One row of an input file as text cells, with the line (CSV) or row number (XLSX, XLS) people see
 * when they open the file: the first line is 1.
 *
 * @param line the line or row number
 * @param cells the cells as text
 * @param sheet the workbook sheet the row is on, or null for text files
 */
public record TableRow(long line, List<String> cells, String sheet) {
  public TableRow {
    cells = List.copyOf(cells);
  }

  /** A row of a text file. */
  public TableRow(long line, List<String> cells) {
    this(line, cells, null);
  }

  /** True when every cell is blank. */
  public boolean blank() {
    for (String c : cells) {
      if (c != null && !c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The row as one line of text for quarantine (cells joined by commas), control characters other
   * than tab and line ends shown as {@code \\u0000} escapes so they reach no output.
   */
  public String raw() {
    return visible(String.join(",", cells.stream().map(c -> c == null ? "" : c).toList()));
  }

  private static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
      if (control && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        out.append(control ? String.format("\\u%04X", (int) c) : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }
}
