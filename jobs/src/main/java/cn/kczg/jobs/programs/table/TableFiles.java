package cn.kczg.jobs.programs.table;

import cn.kczg.jobs.programs.ProgramErrors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@link OutputTable}s: CSV in UTF-8 with a byte-order mark (so Excel shows the Chinese
 * right), and XLSX workbooks with one sheet per table, a bold frozen header and column widths from
 * the content. The same tables give the same bytes: no clock time goes into either file (the
 * workbook's creation date and zip entry times are fixed, see {@link ZipTimes}).
 */
public final class TableFiles {
  /** The fixed creation date of every workbook: 2000-01-01T00:00:00Z. */
  static final long FIXED_TIME = 946_684_800_000L;

  private TableFiles() {}

  /** Writes {@code table} as a CSV file. */
  public static void writeCsv(Path file, OutputTable table) {
    StringWriter text = new StringWriter();
    text.write('\uFEFF');
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    try (CSVPrinter printer = new CSVPrinter(text, format)) {
      printer.printRecord(table.header());
      for (List<Object> row : table.rows()) {
        printer.printRecord(row.stream().map(TableFiles::csvCell).toList());
      }
    } catch (IOException e) {
      throw ProgramErrors.cannotWrite(file, e);
    }
    write(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code tables} as the sheets of one workbook. */
  public static void writeXlsx(Path file, List<OutputTable> tables) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(FIXED_TIME)));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (OutputTable table : tables) {
        sheet(workbook, table, bold);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      write(file, ZipTimes.fixed(bytes.toByteArray(), FIXED_TIME));
    } catch (IOException e) {
      throw ProgramErrors.cannotWrite(file, e);
    }
  }

  private static void sheet(XSSFWorkbook workbook, OutputTable table, CellStyle bold) {
    XSSFSheet sheet = workbook.createSheet(table.title());
    int[] widths = new int[table.header().size()];
    Row header = sheet.createRow(0);
    for (int c = 0; c < table.header().size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(table.header().get(c));
      cell.setCellStyle(bold);
      widths[c] = width(table.header().get(c));
    }
    for (int r = 0; r < table.rows().size(); r++) {
      List<Object> values = table.rows().get(r);
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < values.size(); c++) {
        set(row.createCell(c), values.get(c));
        if (c < widths.length) {
          widths[c] = Math.max(widths[c], width(csvCell(values.get(c))));
        }
      }
    }
    sheet.createFreezePane(0, 1);
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, Math.min(widths[c] + 2, 80) * 256);
    }
  }

  private static void set(Cell cell, Object value) {
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value != null) {
      cell.setCellValue(value.toString());
    }
  }

  /** Display width in character cells: CJK characters take two. */
  private static int width(String text) {
    return text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
  }

  private static String csvCell(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  private static void write(Path file, byte[] bytes) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.write(file, bytes);
    } catch (IOException e) {
      throw ProgramErrors.cannotWrite(file, e);
    }
  }
}
