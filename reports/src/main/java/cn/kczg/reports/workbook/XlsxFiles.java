package cn.kczg.reports.workbook;

import cn.kczg.reports.ReportErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Saves a workbook so the same content always gives the same bytes. POI stamps the package's
 * creation date with the clock, and zip entries carry times; here the document dates are set to the
 * as-of date (midnight UTC) and the saved package is re-zipped with every entry dated the same, in
 * POI's entry order. Nothing of the wall clock remains.
 */
public final class XlsxFiles {
  private XlsxFiles() {}

  /** Saves the workbook to {@code file} with dates derived from {@code asOf}; returns the path. */
  public static Path save(Workbook workbook, Path file, LocalDate asOf, String title) {
    stampProperties(workbook, asOf, title);
    Path raw = null;
    try {
      raw = Files.createTempFile(file.toAbsolutePath().getParent(), ".kczg-", ".xlsx.tmp");
      try (OutputStream out = Files.newOutputStream(raw)) {
        workbook.write(out);
      }
      rezip(raw, file, asOf.atStartOfDay());
      return file;
    } catch (IOException e) {
      throw ReportErrors.cannotWrite(file, e);
    } finally {
      deleteQuietly(raw);
    }
  }

  private static void stampProperties(Workbook workbook, LocalDate asOf, String title) {
    XSSFWorkbook xssf =
        workbook instanceof SXSSFWorkbook s ? s.getXSSFWorkbook() : (XSSFWorkbook) workbook;
    POIXMLProperties.CoreProperties core = xssf.getProperties().getCoreProperties();
    PackagePropertiesPart part = core.getUnderlyingProperties();
    Date fixed = Date.from(asOf.atStartOfDay().toInstant(ZoneOffset.UTC));
    part.setCreatedProperty(Optional.of(fixed));
    part.setModifiedProperty(Optional.of(fixed));
    part.setCreatorProperty(Optional.of("kczg-analytics"));
    part.setTitleProperty(Optional.ofNullable(title));
  }

  /** Copies every entry of a zip in order, each with the same fixed local time. */
  static void rezip(Path from, Path to, LocalDateTime time) throws IOException {
    try (ZipFile zin = new ZipFile(from.toFile());
        ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry e : Collections.list(zin.entries())) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(time);
        zout.putNextEntry(copy);
        try (InputStream in = zin.getInputStream(e)) {
          in.transferTo(zout);
        }
        zout.closeEntry();
      }
    }
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // A leftover temp file is harmless; the report itself was written or the error thrown.
      }
    }
  }
}
