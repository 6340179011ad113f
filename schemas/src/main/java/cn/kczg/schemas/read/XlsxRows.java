package cn.kczg.schemas.read;

import cn.kczg.schemas.Errors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Streams the sheets of an XLSX file row by row with POI's event reader (SAX) from the file itself:
 * the zip is read through its central directory and each sheet part is inflated as the parser reads
 * it, so a sheet of a million rows is never one array. Limits ({@link WorkbookLimits}): rows per
 * sheet, uncompressed bytes per part, and the inflate ratio (a zip bomb is refused by its ratio,
 * naming the part); POI's XML hardening (no DTDs, no external entities) stays on.
 *
 * <p>Cells are read as Excel reads them: a cell or row without an {@code r} reference follows the
 * one before it, inline strings are text, a workbook without a shared-strings part is fine unless a
 * cell refers to a shared string. Date cells come out as ISO days ({@code 2022-07-01}), so Excel
 * dates and text dates parse alike.
 */
final class XlsxRows {
  static {
    // POI checks every part's ratio and size as it inflates it, with limits kept in static fields:
    // set to the documented values rather than left to POI's defaults.
    ZipSecureFile.setMinInflateRatio(WorkbookLimits.DEFAULT.minInflateRatio());
    ZipSecureFile.setMaxEntrySize(WorkbookLimits.DEFAULT.maxSheetBytes());
  }

  private XlsxRows() {}

  /** Reads the chosen sheets into {@code sink}; returns the other sheets that hold rows. */
  static List<IgnoredSheet> read(
      Path path, String file, SheetChoice choice, WorkbookLimits limits, Consumer<TableRow> sink) {
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      SharedStrings strings = new CheckedStrings(sharedStrings(pkg, file, limits), file);
      StylesTable styles = styles(pkg, file, limits);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      if (!sheets.hasNext()) {
        throw Errors.cannotRead(file, "no_sheet");
      }
      List<IgnoredSheet> ignored = new ArrayList<>();
      for (int index = 0; sheets.hasNext(); index++) {
        try (InputStream part = sheets.next()) {
          String name = sheets.getSheetName();
          InputStream in = capped(part, sheets.getSheetPart(), limits.maxSheetBytes(), file);
          if (choice.reads(name, index)) {
            parse(in, styles, strings, new SheetRows(file, name, limits, sink));
          } else {
            long[] rows = new long[1];
            parse(in, styles, strings, new SheetRows(file, name, limits, r -> rows[0]++));
            if (rows[0] > 0) {
              ignored.add(new IgnoredSheet(name, rows[0]));
            }
          }
        }
      }
      return ignored;
    } catch (IOException
        | org.xml.sax.SAXException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
        | org.apache.poi.ooxml.POIXMLException
        | org.apache.poi.util.RecordFormatException
        | IllegalArgumentException
        | IllegalStateException
        | IndexOutOfBoundsException
        | javax.xml.parsers.ParserConfigurationException e) {
      throw WorkbookFailures.refusal(file, "XLSX", e, limits);
    }
  }

  private static void parse(
      InputStream sheet, StylesTable styles, SharedStrings strings, SheetRows rows)
      throws IOException, org.xml.sax.SAXException, javax.xml.parsers.ParserConfigurationException {
    XMLReader xml = new CellReferences(XMLHelper.newXMLReader());
    xml.setContentHandler(
        new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), false));
    xml.parse(new InputSource(sheet));
  }

  /** The shared strings, or none when the workbook has no such part (inline strings only). */
  private static SharedStrings sharedStrings(OPCPackage pkg, String file, WorkbookLimits limits)
      throws IOException, org.xml.sax.SAXException {
    PackagePart part = firstPart(pkg, XSSFRelation.SHARED_STRINGS.getContentType());
    if (part == null) {
      return null;
    }
    try (InputStream in = capped(part.getInputStream(), part, limits.maxHeldPartBytes(), file)) {
      return new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(in, false);
    }
  }

  private static StylesTable styles(OPCPackage pkg, String file, WorkbookLimits limits)
      throws IOException {
    PackagePart part = firstPart(pkg, XSSFRelation.STYLES.getContentType());
    if (part == null) {
      return null;
    }
    try (InputStream in = capped(part.getInputStream(), part, limits.maxHeldPartBytes(), file)) {
      return new StylesTable(in);
    }
  }

  private static PackagePart firstPart(OPCPackage pkg, String contentType) {
    List<PackagePart> parts = pkg.getPartsByContentType(contentType);
    return parts.isEmpty() ? null : parts.get(0);
  }

  private static InputStream capped(InputStream in, PackagePart part, long limit, String file) {
    String name = part == null ? "?" : part.getPartName().getName();
    return new CappedStream(in, limit, () -> Errors.partTooLarge(file, name, limit));
  }

  /** A sheet's rows as {@link TableRow}s; also where the row and column limits are checked. */
  private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
    /** The last column Excel has: XFD. */
    private static final int MAX_COLUMN = 16_383;

    private final String file;
    private final String sheet;
    private final WorkbookLimits limits;
    private final Consumer<TableRow> sink;
    private List<String> cells = new ArrayList<>();
    private long rows;

    SheetRows(String file, String sheet, WorkbookLimits limits, Consumer<TableRow> sink) {
      this.file = file;
      this.sheet = sheet;
      this.limits = limits;
      this.sink = sink;
    }

    @Override
    public void startRow(int rowNum) {
      rows++;
      if (rowNum < 0 || rowNum >= limits.maxRows() || rows > limits.maxRows()) {
        throw Errors.tooManyRows(file, sheet, limits.maxRows());
      }
      cells = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.stream().anyMatch(c -> !c.isBlank())) {
        sink.accept(new TableRow(rowNum + 1L, cells, sheet));
      }
    }

    @Override
    public void cell(
        String reference, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
      int col = reference == null ? cells.size() : column(reference);
      if (col > MAX_COLUMN) {
        throw Errors.badCell(file, sheet, reference);
      }
      while (cells.size() < col) {
        cells.add("");
      }
      String text = value == null ? "" : value;
      if (col < cells.size()) {
        cells.set(col, text); // a cell given twice: the later one wins, as in Excel
      } else {
        cells.add(text);
      }
    }

    private int column(String reference) {
      int col = CellReferences.columnOf(reference, -1);
      if (col < 0 || col > MAX_COLUMN) {
        throw Errors.badCell(file, sheet, reference);
      }
      return col;
    }
  }

  /**
   * Shared strings that refuse a missing string with a clear message: a cell of type {@code s} in a
   * workbook without the part, or an index past its end.
   */
  private record CheckedStrings(SharedStrings strings, String file) implements SharedStrings {
    @Override
    public org.apache.poi.ss.usermodel.RichTextString getItemAt(int idx) {
      if (strings == null) {
        throw Errors.missingSharedString(file, idx, false);
      }
      try {
        return strings.getItemAt(idx);
      } catch (IndexOutOfBoundsException | IllegalStateException e) {
        throw Errors.missingSharedString(file, idx, true);
      }
    }

    @Override
    public int getCount() {
      return strings == null ? 0 : strings.getCount();
    }

    @Override
    public int getUniqueCount() {
      return strings == null ? 0 : strings.getUniqueCount();
    }
  }
}
