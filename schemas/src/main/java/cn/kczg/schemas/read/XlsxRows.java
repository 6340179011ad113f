package cn.kczg.schemas.read;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.text.Dates;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an XLSX file row by row with POI's event reader (SAX), never building
 * the whole workbook in memory. POI's zip-bomb and XML entity limits stay at their defaults. Date
 * cells come out as ISO days ({@code 2022-07-01}), whatever their display format, so Excel dates
 * and text dates parse alike.
 */
final class XlsxRows {
  private XlsxRows() {}

  static void read(byte[] bytes, String file, Consumer<TableRow> sink) {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw Errors.unreadableFile(file, "the workbook has no sheet");
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(),
                null,
                strings,
                new RowCollector(sink),
                new IsoDates(),
                false));
        xml.parse(new InputSource(sheet));
      }
    } catch (java.io.IOException
        | org.xml.sax.SAXException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JException
        | org.apache.poi.ooxml.POIXMLException
        | IllegalArgumentException
        | javax.xml.parsers.ParserConfigurationException e) {
      // Exceptions thrown by the row consumer itself pass through untouched.
      throw Errors.unreadableFile(
          file, "it is not a readable XLSX workbook (" + e.getMessage() + ")");
    }
  }

  /** Formats date cells as ISO days and numbers without grouping. */
  private static final class IsoDates extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return Dates.fromExcelSerial(value).toString();
      }
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }

  private static final class RowCollector implements SheetContentsHandler {
    private final Consumer<TableRow> sink;
    private List<String> cells = new ArrayList<>();

    RowCollector(Consumer<TableRow> sink) {
      this.sink = sink;
    }

    @Override
    public void startRow(int rowNum) {
      cells = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
      sink.accept(new TableRow(rowNum + 1L, cells));
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
      int col = new CellReference(cellReference).getCol();
      while (cells.size() < col) {
        cells.add("");
      }
      cells.add(formattedValue == null ? "" : formattedValue);
    }
  }
}
