package cn.kczg.jobs.programs.table;

import cn.kczg.schemas.text.Names;
import java.util.List;
import java.util.Map;

/**
 * One data row of an {@link InputTable}, read by column.
 *
 * @param file the file, as shown to people
 * @param line the line (CSV) or row (XLSX) people see when they open the file
 * @param positions normalized header text to cell index
 * @param cells the row's cells as text
 */
public record InputRow(String file, long line, Map<String, Integer> positions, List<String> cells) {
  public InputRow {
    cells = List.copyOf(cells);
  }

  /** The trimmed text of a column, "" when blank or absent. */
  public String text(Column column) {
    Integer at = position(positions, column);
    return at == null || at >= cells.size() ? "" : Names.clean(cells.get(at));
  }

  /** True when the file has this column. */
  public boolean has(Column column) {
    return position(positions, column) != null;
  }

  static Integer position(Map<String, Integer> positions, Column column) {
    for (String alias : column.aliases()) {
      Integer at = positions.get(InputTable.key(alias));
      if (at != null) {
        return at;
      }
    }
    return null;
  }
}
