package cn.kczg.schemas.read;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.messages.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.MissingRecordAwareHSSFListener;
import org.apache.poi.hssf.eventusermodel.dummyrecord.LastCellOfRowDummyRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;

/**
 * Streams the sheets of an Excel 97-2003 workbook ({@code .xls}, BIFF8) record by record with POI's
 * HSSF event reader, never building the workbook: each row is handed on at its last cell. Number
 * cells are formatted as {@link IsoDates} does (date cells as ISO days), formulas give their cached
 * results, and sheets are chosen and reported as for XLSX.
 */
final class XlsRows {
  private XlsRows() {}

  /** Reads the chosen sheets into {@code sink}; returns the other sheets that hold rows. */
  static List<IgnoredSheet> read(
      Path path, String file, SheetChoice choice, WorkbookLimits limits, Consumer<TableRow> sink) {
    try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true);
        InputStream workbook = fs.createDocumentInputStream(workbookEntry(fs, file))) {
      Records records = new Records(file, choice, sink);
      HSSFRequest request = new HSSFRequest();
      request.addListenerForAllRecords(records.formats);
      new HSSFEventFactory().processEvents(request, workbook);
      if (records.sheetIndex < 0) {
        throw Errors.cannotRead(file, "no_sheet");
      }
      return records.ignored;
    } catch (IOException
        | org.apache.poi.util.RecordFormatException
        | IllegalArgumentException
        | IllegalStateException
        | IndexOutOfBoundsException
        | UnsupportedOperationException e) {
      throw WorkbookFailures.refusal(file, "XLS", e, limits);
    }
  }

  /** {@code Workbook} (BIFF8); {@code Book} is Excel 5/95, which POI's HSSF does not read. */
  private static String workbookEntry(POIFSFileSystem fs, String file) {
    for (String name : List.of("Workbook", "WORKBOOK", "BOOK")) {
      if (fs.getRoot().hasEntry(name)) {
        return name;
      }
    }
    if (fs.getRoot().hasEntry("Book")) {
      throw Errors.unreadableWorkbook(file, "XLS", Messages.current().text("error.file.xls95"));
    }
    throw Errors.unreadableWorkbook(
        file, "XLS", Messages.current().text("error.file.xls_no_stream"));
  }

  /** The listener: tracks sheets, shared strings and formats, and assembles rows. */
  private static final class Records implements HSSFListener {
    private final String file;
    private final SheetChoice choice;
    private final Consumer<TableRow> sink;
    final FormatTrackingHSSFListener formats;
    private final List<BoundSheetRecord> bound = new ArrayList<>();
    private BoundSheetRecord[] ordered;
    final List<IgnoredSheet> ignored = new ArrayList<>();
    private final IsoDates dates = new IsoDates();
    private SSTRecord strings;
    private int depth;
    int sheetIndex = -1;
    private String sheetName;
    private boolean reading;
    private long ignoredRows;
    private List<String> cells = new ArrayList<>();
    private int pendingStringColumn = -1;

    Records(String file, SheetChoice choice, Consumer<TableRow> sink) {
      this.file = file;
      this.choice = choice;
      this.sink = sink;
      this.formats = new FormatTrackingHSSFListener(new MissingRecordAwareHSSFListener(this));
    }

    @Override
    public void processRecord(org.apache.poi.hssf.record.Record record) {
      if (record instanceof BOFRecord bof) {
        begin(bof);
      } else if (record instanceof EOFRecord) {
        end();
      } else if (record instanceof BoundSheetRecord b) {
        bound.add(b);
      } else if (record instanceof SSTRecord sst) {
        strings = sst;
      } else if (depth == 1 && sheetIndex >= 0) {
        cell(record);
      }
    }

    private void begin(BOFRecord bof) {
      depth++;
      if (depth == 1 && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
        sheetIndex++;
        if (ordered == null) {
          ordered = BoundSheetRecord.orderByBofPosition(bound);
        }
        sheetName =
            sheetIndex < ordered.length
                ? ordered[sheetIndex].getSheetname()
                : "Sheet" + (sheetIndex + 1);
        reading = choice.reads(sheetName, sheetIndex);
        ignoredRows = 0;
        cells = new ArrayList<>();
      }
    }

    private void end() {
      if (depth == 1 && sheetIndex >= 0 && !reading && ignoredRows > 0) {
        ignored.add(new IgnoredSheet(sheetName, ignoredRows));
      }
      depth = Math.max(0, depth - 1);
    }

    private void cell(org.apache.poi.hssf.record.Record record) {
      if (record instanceof LastCellOfRowDummyRecord last) {
        endRow(last.getRow());
      } else if (record instanceof StringRecord s && pendingStringColumn >= 0) {
        put(pendingStringColumn, s.getString());
        pendingStringColumn = -1;
      } else if (record instanceof CellValueRecordInterface c) {
        String text = text(record, c);
        if (text != null) {
          put(c.getColumn(), text);
        }
      }
    }

    /** A cell's text; null for a blank, or for a formula whose text result comes next. */
    private String text(org.apache.poi.hssf.record.Record record, CellValueRecordInterface c) {
      if (record instanceof LabelSSTRecord l) {
        if (strings == null || l.getSSTIndex() >= strings.getNumUniqueStrings()) {
          throw Errors.missingSharedString(file, l.getSSTIndex(), strings != null);
        }
        return strings.getString(l.getSSTIndex()).getString();
      } else if (record instanceof LabelRecord l) {
        return l.getValue();
      } else if (record instanceof NumberRecord n) {
        return number(n.getValue(), c);
      } else if (record instanceof RKRecord rk) {
        return number(rk.getRKNumber(), c);
      } else if (record instanceof BoolErrRecord b) {
        return b.isBoolean() ? (b.getBooleanValue() ? "TRUE" : "FALSE") : "ERROR";
      } else if (record instanceof FormulaRecord f) {
        return formula(f, c);
      }
      return null;
    }

    private String formula(FormulaRecord f, CellValueRecordInterface c) {
      int type = f.getCachedResultType();
      if (type == CellType.STRING.getCode()) {
        pendingStringColumn = f.getColumn();
        return null;
      }
      if (type == CellType.BOOLEAN.getCode()) {
        return f.getCachedBooleanValue() ? "TRUE" : "FALSE";
      }
      return type == CellType.ERROR.getCode() ? "ERROR" : number(f.getValue(), c);
    }

    private String number(double value, CellValueRecordInterface c) {
      return dates.formatRawCellContents(
          value, formats.getFormatIndex(c), formats.getFormatString(c));
    }

    private void put(int col, String text) {
      while (cells.size() <= col) {
        cells.add("");
      }
      cells.set(col, text);
    }

    private void endRow(int row) {
      if (cells.stream().anyMatch(c -> !c.isBlank())) {
        if (reading) {
          sink.accept(new TableRow(row + 1L, cells, sheetName));
        } else {
          ignoredRows++;
        }
      }
      cells = new ArrayList<>();
    }
  }
}
