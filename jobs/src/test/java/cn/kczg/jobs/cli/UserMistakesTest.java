package cn.kczg.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every user mistake is one line on standard error and exit code 1, caught before any work and
 * before Spark starts (these tests start none); an internal error is one line saying where its
 * stack trace was written.
 */
final class UserMistakesTest {
  /** These tests read the English wording (--lang en); Chinese is the default. */
  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  @TempDir Path tmp;

  /** The exit code and what went to standard error. */
  private record Outcome(int exit, String err) {}

  /** Runs kczg with {@code --lang en}: these tests read today's English wording. */
  private static Outcome kczg(String... args) {
    String[] english = java.util.Arrays.copyOf(args, args.length + 2);
    english[args.length] = "--lang";
    english[args.length + 1] = "en";
    return inChinese(english);
  }

  /** Runs kczg as users do, in Chinese (the default). */
  private static Outcome inChinese(String... args) {
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

  @Test
  void mistakesAreToldInChineseByDefault() throws IOException {
    Path file = Files.writeString(tmp.resolve("wh.txt"), "x");
    assertOneLine(
        inChinese("run", "--warehouse", file.toString(), "--out", tmp.resolve("out").toString()),
        1,
        "kczg: --warehouse " + file + " 是文件，不是文件夹；请给出一个文件夹（不存在时会自动创建）。");
    Path missing = tmp.resolve("没有这个收件箱");
    assertOneLine(
        inChinese("ingest", "--warehouse", tmp.resolve("wh").toString(), missing.toString()),
        1,
        "kczg: 文件夹 " + missing + " 不存在；请检查路径后重试。");
    assertOneLine(
        inChinese("run", "--master", "bogus://x", "--warehouse", tmp.resolve("wh").toString()),
        1,
        "kczg: --master “bogus://x”不是 Spark 的主节点地址；请使用 local[*]、local[N]、spark://HOST:PORT、yarn"
            + " 或 k8s://https://HOST:PORT。");
  }

  @Test
  void badUsageShowsWhereHelpIsInChinese() {
    Messages.use(Language.ZH); // a new process starts in Chinese
    Outcome o = inChinese("run", "--lang", "fr");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err())
        .contains("--lang “fr”不是可用的语言；请用 zh（中文）或 en（English）")
        .contains("用 `kczg run --help` 查看用法。");
  }

  @Test
  void anInternalErrorIsToldInChineseByDefault() {
    CrashLog.warehouse(tmp.resolve("wh"));
    StringWriter err = new StringWriter();
    Messages.use(Language.ZH);
    int exit =
        Main.onError(
            new IllegalStateException("boom"), new PrintWriter(err, true), new String[] {"run"});
    assertThat(exit).isEqualTo(3);
    assertThat(err.toString().strip())
        .startsWith("kczg: 内部错误（IllegalStateException: boom）；这是 kczg 的故障，不是输入的问题。详细信息在 ")
        .endsWith("中，报告问题时请附上该文件。");
  }
}
