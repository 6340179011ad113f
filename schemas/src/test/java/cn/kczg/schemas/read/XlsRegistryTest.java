package cn.kczg.schemas.read;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.source.SourceDefinitions;
import cn.kczg.schemas.text.Dates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample's registry saved as Excel 97-2003 (as many offices and WPS save it) gives the
 * same registry rows as its CSV: written here with POI's HSSF from the CSV's rows, dates as real
 * Excel date cells, then both parsed and compared.
 */
final class XlsRegistryTest {
  static final SourceDefinition REGISTRY =
      SourceDefinitions.builtIn().byId("registry").orElseThrow();
  static final Path CSV = Path.of("../data-samples/hengyang-2022/inbox/2022-06-20/机构名录.csv");

  @Test
  void theSampleRegistrySavedAsXlsGivesTheSameRowsAsItsCsv() throws IOException {
    byte[] csv = Files.readAllBytes(CSV);
    List<TableRow> table = new ArrayList<>();
    TableReader.read(csv, "csv", "机构名录.csv", table::add);
    Attempt fromCsv = Attempt.of(REGISTRY, csv, "2022-06-20/机构名录.csv");
    Attempt fromXls = Attempt.of(REGISTRY, xls(table), "2022-06-20/机构名录.xls");

    assertThat(fromXls.read()).hasSize(fromCsv.read().size()).hasSizeGreaterThan(250);
    assertThat(fromXls.summary().encoding()).isEqualTo("xls");
    for (int i = 0; i < fromCsv.rows().size(); i++) {
      RowOutcome c = fromCsv.rows().get(i);
      RowOutcome x = fromXls.rows().get(i);
      assertThat(x.line()).isEqualTo(c.line());
      assertThat(x.reason()).isEqualTo(c.reason());
      assertThat(x.values()).as("line " + c.line()).containsExactly(c.values());
    }
  }

  /** The rows as an .xls workbook: date-looking cells become Excel date cells. */
  private static byte[] xls(List<TableRow> rows) throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet sheet = wb.createSheet("机构名录");
      for (TableRow source : rows) {
        Row row = sheet.createRow((int) source.line() - 1);
        for (int j = 0; j < source.cells().size(); j++) {
          String text = source.cells().get(j);
          Optional<java.time.LocalDate> day =
              source.line() > 1 ? Dates.parse(text) : Optional.empty();
          if (day.isPresent()) {
            row.createCell(j).setCellValue(day.get());
            row.getCell(j).setCellStyle(date);
          } else if (!text.isEmpty()) {
            row.createCell(j).setCellValue(text);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
