package cn.kczg.schemas.read;

import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Gives every row and cell of a sheet its reference before POI's sheet handler sees it, as Excel
 * does when a writer left them out: a row without {@code r} follows the row before, a cell without
 * {@code r} the cell before it in its row, empty {@code <c/>} elements included (POI's handler
 * reports no event for those, so it could not count them).
 */
final class CellReferences extends XMLFilterImpl {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private long row;
  private int column = -1;

  CellReferences(XMLReader parent) {
    super(parent);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    Attributes out = atts;
    if (MAIN.equals(uri) && "row".equals(localName)) {
      String r = atts.getValue("r");
      row = r == null ? row + 1 : parseRow(r);
      column = -1;
      out = r == null ? with(atts, Long.toString(row)) : atts;
    } else if (MAIN.equals(uri) && "c".equals(localName)) {
      String r = atts.getValue("r");
      column = r == null ? column + 1 : columnOf(r, column + 1);
      out = r == null ? with(atts, CellReference.convertNumToColString(column) + row) : atts;
    }
    super.startElement(uri, localName, qName, out);
  }

  private static long parseRow(String r) {
    try {
      return Long.parseLong(r.trim());
    } catch (NumberFormatException e) {
      return -1; // refused downstream as a row beyond the sheet
    }
  }

  /**
   * The 0-based column of a reference such as {@code AB12}, or {@code fallback} without letters.
   */
  static int columnOf(String reference, int fallback) {
    int col = 0;
    int i = 0;
    while (i < reference.length() && Character.isLetter(reference.charAt(i)) && col < 1 << 20) {
      col = col * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
      i++;
    }
    return i == 0 ? fallback : col - 1;
  }

  private static Attributes with(Attributes atts, String reference) {
    AttributesImpl copy = new AttributesImpl(atts);
    copy.addAttribute("", "r", "r", "CDATA", reference);
    return copy;
  }
}
