package cn.kczg.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.spark.SharedSpark;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.source.SourceDefinitions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One drop full of hostile and odd files beside valid ones: every file ends ingested (its rows
 * stored, unchanged or quarantined with a reason, and rows read adding up), or refused whole with a
 * reason that the ledger and the quarantine record; the valid files beside them are always
 * ingested; nothing prints a stack trace.
 */
final class HostileDropTest {
  private static final String DROP = "2022-07-04";
  private static final String ROW = "衡阳市甲科技有限公司,acc-a,2022-07-01,已发布";
  @TempDir static Path tmp;
  static Warehouse warehouse;
  static List<DropResult> results;
  static String console;

  /** The ingest and these tests read the English wording (--lang en); Chinese is the default. */
  @BeforeAll
  static void ingest() throws IOException {
    Messages.use(Language.EN);
    Path inbox = tmp.resolve("inbox");
    Fixture.write(
        inbox,
        DROP,
        "机构名录.csv",
        Fixture.REGISTRY_HEADER,
        "A1,衡阳市甲科技有限公司,acc-a,企业,,衡南县,衡南县科协,2022-01-01,张三,李四,13812345678");
    Fixture.write(
        inbox,
        DROP,
        "资讯.csv",
        Fixture.NEWS_HEADER,
        "n1,标题1," + ROW,
        "n2,标题2," + ROW,
        "n3,标题3," + ROW.replace("已发布", "PUBLISHED"));
    Fixture.write(
        inbox,
        DROP,
        "资讯-尾巴.csv",
        Fixture.NEWS_HEADER,
        "t1,标题," + ROW,
        "t2,\"标题\"尾巴," + ROW, // text after a closing quote: that row alone
        "t3,标题," + ROW);
    Fixture.write(
        inbox,
        DROP,
        "资讯-未闭合.csv",
        Fixture.NEWS_HEADER,
        "u1,标题," + ROW,
        "u2,\"标题没有结束," + ROW,
        "u3,标题," + ROW);
    Fixture.write(
        inbox, DROP, "资讯-空字符.csv", Fixture.NEWS_HEADER, "z\u00001,标题," + ROW, "z2,标题," + ROW);
    Fixture.bytes(inbox, DROP, "成果-炸弹.xlsx", zipBomb());
    Fixture.bytes(
        inbox,
        DROP,
        "需求.xlsx",
        Fixture.xlsx(
            new Object[] {"需求ID", "需求名称", "发布机构", "平台账号", "发布时间", "状态"},
            new Object[] {"x1", "检测", "衡阳市甲科技有限公司", "acc-a", "2022-07-01", "已发布"}));
    Fixture.bytes(inbox, DROP, "专家.xls", xls());
    Fixture.bytes(
        inbox,
        DROP,
        "活动.txt",
        utf16("活动ID\t活动名称\t主办机构\t平台账号\t举办时间\t状态\na1\t路演\t衡阳市甲科技有限公司\tacc-a\t2022-07-01\t已发布\n"));
    Fixture.write(inbox, DROP, "说明.pdf", "not an export");
    warehouse = new Warehouse(tmp.resolve("wh").toString(), SharedSpark.session());
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    try {
      results =
          new IngestJob(warehouse, SourceDefinitions.builtIn(), s -> both.println(s))
              .execute(inbox);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    console = captured.toString(StandardCharsets.UTF_8);
  }

  @AfterAll
  static void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  private static Map<String, FileOutcome> outcomes() {
    Map<String, FileOutcome> out = new TreeMap<>();
    results.get(0).files().forEach(f -> out.put(f.file().substring(DROP.length() + 1), f));
    return out;
  }

  @Test
  void everyFileEndsIngestedRefusedOrIgnoredWithItsReason() {
    Map<String, FileOutcome> o = outcomes();
    assertThat(o.keySet())
        .containsExactlyInAnyOrder(
            "机构名录.csv",
            "资讯.csv",
            "资讯-尾巴.csv",
            "资讯-未闭合.csv",
            "资讯-空字符.csv",
            "成果-炸弹.xlsx",
            "需求.xlsx",
            "专家.xls",
            "活动.txt",
            "说明.pdf");
    assertThat(o.get("资讯-未闭合.csv").status()).isEqualTo(FileOutcome.Status.REFUSED);
    assertThat(o.get("资讯-未闭合.csv").message())
        .isEqualTo(
            "Cannot read 2022-07-04/资讯-未闭合.csv: the quoted cell starting on line 3 is never"
                + " closed. Close the quote and deliver the file again; nothing of this file was"
                + " stored.");
    assertThat(o.get("成果-炸弹.xlsx").status()).isEqualTo(FileOutcome.Status.REFUSED);
    assertThat(o.get("成果-炸弹.xlsx").message()).contains("as a zip bomb does");
    assertThat(o.get("说明.pdf").status()).isEqualTo(FileOutcome.Status.IGNORED);
    for (String ingested :
        List.of("机构名录.csv", "资讯.csv", "资讯-尾巴.csv", "资讯-空字符.csv", "需求.xlsx", "专家.xls", "活动.txt")) {
      FileOutcome f = o.get(ingested);
      assertThat(f.status())
          .as(ingested + ": " + f.message())
          .isEqualTo(FileOutcome.Status.INGESTED);
      assertThat(f.read()).as(ingested).isEqualTo(f.stored() + f.unchanged() + f.quarantined());
    }
    assertThat(List.of(o.get("资讯.csv").read(), o.get("资讯.csv").stored())).containsExactly(3L, 3L);
    assertThat(o.get("活动.txt").stored()).isEqualTo(1);
    assertThat(o.get("专家.xls").stored()).isEqualTo(1);
  }

  @Test
  void aBadRowCostsOnlyItselfAndIsQuarantinedWithItsLine() {
    assertThat(quarantine("资讯-尾巴.csv")).isEqualTo("[[MALFORMED_ROW,3]]");
    assertThat(quarantine("资讯-空字符.csv")).isEqualTo("[[CONTROL_CHARACTER,2]]");
    assertThat(versions("资讯-尾巴.csv")).isEqualTo("[t1, t3]");
    assertThat(versions("资讯-空字符.csv")).isEqualTo("[z2]");
  }

  @Test
  void refusedFilesAreInTheLedgerAndTheQuarantineAndStoreNothing() {
    for (String file : List.of("资讯-未闭合.csv", "成果-炸弹.xlsx")) {
      String path = DROP + "/" + file;
      List<Row> ledger =
          warehouse.read(Tables.LEDGER, null).where(col("file").equalTo(path)).collectAsList();
      assertThat(ledger)
          .as(file)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.<String>getAs("status")).isEqualTo("refused");
                assertThat(r.<String>getAs("reason")).startsWith("Cannot read " + path);
              });
      assertThat(quarantine(file)).as(file).isEqualTo("[[FILE_REFUSED,0]]");
      assertThat(versions(file)).as(file).isEqualTo("[]");
    }
  }

  @Test
  void aStatusTheSourceDoesNotKnowIsNotedInTheOutcomeAndTheLedger() {
    String path = DROP + "/资讯.csv";
    assertThat(outcomes().get("资讯.csv").notes())
        .singleElement()
        .asString()
        .contains("PUBLISHED", path, "line 4");
    Row ledger = warehouse.read(Tables.LEDGER, null).where(col("file").equalTo(path)).first();
    assertThat(ledger.<String>getAs("status")).isEqualTo("ingested");
    assertThat(ledger.<String>getAs("reason")).contains("PUBLISHED");
  }

  @Test
  void noStackTraceReachesTheConsole() {
    assertThat(console).doesNotContain("\tat ").doesNotContain("Exception");
  }

  private static String quarantine(String file) {
    return warehouse
        .read(Tables.QUARANTINE, null)
        .where(col("source_file").equalTo(DROP + "/" + file))
        .orderBy("line")
        .select("reason", "line")
        .collectAsList()
        .toString();
  }

  private static String versions(String file) {
    return warehouse
        .read(Tables.VERSIONS, Tables.versions())
        .where(col("source_file").equalTo(DROP + "/" + file))
        .orderBy("item_id")
        .select("item_id")
        .collectAsList()
        .stream()
        .map(r -> r.getString(0))
        .toList()
        .toString();
  }

  /** A valid achievements workbook whose sheet is padded to inflate a thousand times. */
  private static byte[] zipBomb() throws IOException {
    byte[] valid =
        Fixture.xlsx(
            new Object[] {"成果ID", "成果名称", "发布机构", "平台账号", "发布时间", "状态"},
            new Object[] {"c1", "材料", "衡阳市甲科技有限公司", "acc-a", "2022-07-01", "已发布"});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(valid));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] part = in.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(part, StandardCharsets.UTF_8);
          part =
              xml.replace("</sheetData>", "</sheetData>" + " ".repeat(30 << 20))
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(part);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** An experts list saved as Excel 97-2003. */
  private static byte[] xls() {
    try (HSSFWorkbook wb = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("Sheet1");
      String[][] rows = {
        {"专家ID", "姓名", "职称", "研究领域", "所属机构", "平台账号", "入驻时间", "状态"},
        {"e1", "王伟", "教授", "材料", "衡阳市甲科技有限公司", "acc-a", "2022-07-01", "已发布"}
      };
      for (int i = 0; i < rows.length; i++) {
        var row = sheet.createRow(i);
        for (int j = 0; j < rows[i].length; j++) {
          row.createCell(j).setCellValue(rows[i][j]);
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text as Excel's "Unicode text" writes it: UTF-16LE with a byte-order mark. */
  private static byte[] utf16(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) 0xFF;
    out[1] = (byte) 0xFE;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  @Test
  void byDefaultTheRefusalsAndNotesAreInChinese() throws IOException {
    Messages.use(Language.ZH);
    try {
      Path inbox = tmp.resolve("inbox-zh");
      Fixture.write(
          inbox,
          DROP,
          "机构名录.csv",
          Fixture.REGISTRY_HEADER,
          "A1,衡阳市甲科技有限公司,acc-a,企业,,衡南县,衡南县科协,2022-01-01,张三,李四,13812345678");
      Fixture.write(
          inbox,
          DROP,
          "资讯.csv",
          Fixture.NEWS_HEADER,
          "n1,标题1," + ROW,
          "n2,标题2," + ROW.replace("已发布", "PUBLISHED"));
      Fixture.write(
          inbox, DROP, "资讯-未闭合.csv", Fixture.NEWS_HEADER, "u1,标题," + ROW, "u2,\"标题没有结束," + ROW);
      Fixture.bytes(inbox, DROP, "成果-炸弹.xlsx", zipBomb());
      Warehouse chinese = new Warehouse(tmp.resolve("wh-zh").toString(), SharedSpark.session());
      Map<String, FileOutcome> o = new TreeMap<>();
      new IngestJob(chinese, SourceDefinitions.builtIn(), s -> {})
          .execute(inbox)
          .get(0)
          .files()
          .forEach(f -> o.put(f.file().substring(DROP.length() + 1), f));
      assertThat(o.get("资讯-未闭合.csv").message())
          .isEqualTo(
              "无法读取 2022-07-04/资讯-未闭合.csv：从第 3 行开始的带引号单元格没有闭合引号。" + "请补上引号后重新提交文件；该文件的内容均未存储。");
      assertThat(o.get("成果-炸弹.xlsx").message())
          .startsWith("无法读取 2022-07-04/成果-炸弹.xlsx：其中的部件 ")
          .contains("与“压缩炸弹”的特征相同，拒收该文件。");
      assertThat(o.get("资讯.csv").notes())
          .singleElement()
          .asString()
          .startsWith("2022-07-04/资讯.csv 中")
          .contains("“PUBLISHED”（1行，第3行）不是数据源“")
          .contains("这些行不计入。");
    } finally {
      Messages.use(Language.EN);
    }
  }
}
