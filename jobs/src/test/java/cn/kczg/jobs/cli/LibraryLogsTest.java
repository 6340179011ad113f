package cn.kczg.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

/**
 * A library's own log never prints a stack trace on the console: POI logs the workbooks it refuses
 * with their stack traces, and the engine's log configuration silences it (the engine refuses such
 * a file itself, in one line naming it). No Spark is started.
 */
final class LibraryLogsTest {
  @Test
  void poiLoggersAreSilencedEvenForErrors() {
    for (String name :
        new String[] {
          "org.apache.poi.openxml4j.opc.PackageRelationshipCollection",
          "org.apache.poi.openxml4j.opc.ZipPackage",
          "org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler",
          "org.apache.poi.util.XMLHelper"
        }) {
      Logger logger = LogManager.getLogger(name);
      assertThat(logger.isErrorEnabled()).as(name).isFalse();
      assertThat(logger.isFatalEnabled()).as(name).isFalse();
    }
  }

  @Test
  void theEnginesOwnProgressStillLogs() {
    assertThat(LogManager.getLogger("cn.kczg.jobs.ingest.IngestJob").isInfoEnabled()).isTrue();
  }
}
