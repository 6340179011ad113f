package cn.kczg.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every user mistake is one line on standard error and exit code 1, caught before any work and
 * before Spark starts (these tests start none); an internal error is one line saying where its
 * stack trace was written.
 */
final class UserMistakesTest {
  @TempDir Path tmp;

  /** The exit code and what went to standard error. */
  private record Outcome(int exit, String err) {}

  private static Outcome kczg(String... args) {
    StringWriter err = new StringWriter();
    int exit = Main.execute(new PrintWriter(err, true), args);
    return new Outcome(exit, err.toString());
  }

  private static void assertOneLine(Outcome o, int exit, String expected) {
    assertThat(o.exit()).isEqualTo(exit);
    assertThat(o.err().lines()).singleElement().asString().isEqualTo(expected);
    assertThat(o.err()).doesNotContain("\tat ");
  }

  @Test
  void aWarehouseThatIsAFileIsRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("wh.txt"), "x");
    assertOneLine(
        kczg("run", "--warehouse", file.toString(), "--out", tmp.resolve("out").toString()),
        1,
        "kczg: --warehouse "
            + file
            + " is a file, not a folder; give a folder (it is created if missing).");
  }

  @Test
  void aWarehouseUnderAFileIsRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("wh.txt"), "x");
    Path under = file.resolve("warehouse");
    assertOneLine(
        kczg("ingest", "--warehouse", under.toString(), tmp.toString()),
        1,
        "kczg: --warehouse "
            + under
            + " cannot be created: "
            + file
            + " is a file, not a folder. Give a path whose folders are folders.");
  }

  @Test
  void anOutputFolderThatIsAFileIsRefusedBeforeAnyComputing() throws IOException {
    Path file = Files.writeString(tmp.resolve("out"), "x");
    assertOneLine(
        kczg("run", "--warehouse", tmp.resolve("wh").toString(), "--out", file.toString()),
        1,
        "kczg: --out "
            + file
            + " is a file, not a folder; give a folder (it is created if missing).");
  }

  @Test
  void aBogusMasterIsRefusedWithTheFormsAllowed() {
    assertOneLine(
        kczg("run", "--master", "bogus://x", "--warehouse", tmp.resolve("wh").toString()),
        1,
        "kczg: --master 'bogus://x' is not a Spark master; use local[*], local[N], spark://HOST:PORT,"
            + " yarn or k8s://https://HOST:PORT.");
  }

  @Test
  void theMastersSparkKnowsPass() {
    for (String m :
        new String[] {
          "local",
          "local[*]",
          "local[4]",
          "local[4,2]",
          "local-cluster[2,1,1024]",
          "spark://a:7077",
          "spark://a:7077,b:7077",
          "yarn",
          "k8s://https://api:443"
        }) {
      OptionChecks.master(m);
    }
  }

  @Test
  void aReadOnlyOutputFolderIsRefused() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
    Path out = Files.createDirectory(tmp.resolve("ro"));
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
    assertOneLine(
        kczg("run", "--warehouse", tmp.resolve("wh").toString(), "--out", out.toString()),
        1,
        "kczg: --out "
            + out
            + " cannot be written: the folder is read-only for you. Give a folder you may write, or"
            + " ask for write access.");
  }

  @Test
  void aWarehouseTheUserMayNotReadIsRefused() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root may read anywhere");
    Path wh = Files.createDirectory(tmp.resolve("secret"));
    Files.setPosixFilePermissions(wh, PosixFilePermissions.fromString("-wx------"));
    assertThat(kczg("ingest", "--warehouse", wh.toString(), tmp.toString()).err())
        .startsWith("kczg: --warehouse " + wh + " cannot be read");
  }

  @Test
  void anInternalErrorIsOneLineNamingTheLogWithTheStackTrace() throws IOException {
    CrashLog.warehouse(tmp.resolve("wh"));
    StringWriter err = new StringWriter();
    int exit =
        Main.onError(
            new IllegalStateException("boom\nsecond line"),
            new PrintWriter(err, true),
            new String[] {"run"});
    assertThat(exit).isEqualTo(3);
    String line = err.toString().strip();
    assertThat(line.lines()).hasSize(1);
    assertThat(line)
        .startsWith(
            "kczg: internal error (IllegalStateException: boom); this is a fault of kczg, not of"
                + " your input. The details are in "
                + tmp.resolve("wh").resolve("_state").resolve("logs"));
    Path log = Path.of(line.substring(line.indexOf(" are in ") + 8, line.indexOf("; please")));
    assertThat(Files.readString(log))
        .startsWith("kczg run")
        .contains("java.lang.IllegalStateException: boom")
        .contains("\tat ");
  }

  @Test
  void aPermissionDeniedMidWayIsAUserMistake() {
    StringWriter err = new StringWriter();
    int exit =
        Main.onError(
            new java.io.UncheckedIOException(new java.nio.file.AccessDeniedException("/x/out.csv")),
            new PrintWriter(err, true),
            new String[] {"run"});
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo(
            "kczg: Permission denied for /x/out.csv; check that you may read and write it (and its"
                + " folder), then run again.");
  }
}
