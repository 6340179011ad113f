package cn.kczg.reports.forms;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An official form as data, for {@link FormRenderer}: a title and rows of cells on a grid of
 * columns, each cell spanning one or more columns. A program lays out its notice's annex with it;
 * the renderer draws every form the same way (宋体, borders, A4 portrait, the same bytes for the same
 * form). Forms go to reviewers, so text is written as given (phones not masked).
 *
 * @param fileName the file name, e.g. {@code 申请表-中国化工学会岳阳服务站.xlsx}
 * @param sheet the sheet name
 * @param title the document title (also the first row)
 * @param widths the column widths, in characters
 * @param rows the rows below the title
 */
public record Form(
    String fileName, String sheet, String title, List<Integer> widths, List<Row> rows) {
  public Form {
    requireNonNull(fileName, "fileName is null");
    requireNonNull(title, "title is null");
    widths = List.copyOf(widths);
    rows = List.copyOf(rows);
  }

  /** How a cell looks. */
  public enum Look {
    /** Plain text without a border (e.g. "推荐单位（盖章）: …"). */
    PLAIN,
    /** A bold, centred, bordered label. */
    LABEL,
    /** A bordered value, left-aligned. */
    VALUE,
    /** A bordered value, centred. */
    CENTERED,
    /** A bordered value, right-aligned (stamp and date blocks). */
    RIGHT
  }

  /**
   * One cell.
   *
   * @param text the text ("" for a blank box)
   * @param span how many columns it covers
   * @param look how it looks
   */
  public record Cell(String text, int span, Look look) {
    public Cell {
      text = text == null ? "" : text;
    }

    /** A label over one column. */
    public static Cell label(String text) {
      return new Cell(text, 1, Look.LABEL);
    }

    /** A value over {@code span} columns. */
    public static Cell value(String text, int span) {
      return new Cell(text, span, Look.VALUE);
    }
  }

  /**
   * One row.
   *
   * @param height the row height in points; 0 for the default
   * @param cells the cells, left to right
   */
  public record Row(float height, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** A row of cells at a height. */
    public static Row of(float height, Cell... cells) {
      return new Row(height, List.of(cells));
    }
  }
}
