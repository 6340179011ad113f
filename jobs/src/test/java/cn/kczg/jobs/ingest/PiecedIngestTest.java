package cn.kczg.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.spark.SharedSpark;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.source.SourceDefinitions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest that cuts every item CSV into many tiny pieces (one Spark task each) stores exactly the
 * rows, lines, quarantine rows and ledger counts of an ingest that reads each file whole, for
 * UTF-8, BOM and GB18030 exports with quoted line breaks, and leaves no staging files behind.
 */
final class PiecedIngestTest {
  @TempDir static Path tmp;
  static Warehouse whole;
  static Warehouse pieced;

  @BeforeAll
  static void ingestTwice() {
    Path inbox = tmp.resolve("inbox");
    String news = CsvPiecesTest.news("\r\n");
    Fixture.bytes(inbox, "2022-07-04", "资讯.csv", news.getBytes(StandardCharsets.UTF_8));
    Fixture.bytes(inbox, "2022-07-04", "需求-bom.csv", Fixture.withBom(demands()));
    Fixture.bytes(
        inbox, "2022-07-04", "需求-gbk.csv", demands().getBytes(Charset.forName("GB18030")));
    Fixture.write(inbox, "2022-07-04", "成果.csv", "成果ID,成果名称,发布机构,平台账号,领域,发布时间,状态");
    whole = ingest(inbox, "whole", 1L << 30);
    pieced = ingest(inbox, "pieced", 50);
  }

  private static String demands() {
    StringBuilder b = new StringBuilder("需求ID,需求名称,发布机构,平台账号,领域,发布时间,状态\n");
    for (int i = 1; i <= 40; i++) {
      b.append("d").append(i).append(",\"需求\n").append(i).append("\",衡阳市甲科技有限公司,,材料,");
      b.append(i % 9 == 0 ? "" : "2022/7/2").append(",已发布\n");
    }
    return b.toString();
  }

  private static Warehouse ingest(Path inbox, String name, long pieceBytes) {
    Warehouse w = new Warehouse(tmp.resolve(name).toString(), SharedSpark.session());
    new IngestJob(w, SourceDefinitions.builtIn(), s -> {}, pieceBytes).execute(inbox);
    return w;
  }

  private static List<String> rows(Warehouse w, String table, String... columns) {
    Dataset<Row> rows =
        w.read(table, null).selectExpr(columns).orderBy("source_file", "line").toDF();
    return rows.collectAsList().stream().map(Row::toString).toList();
  }

  @Test
  void itemsAndQuarantineAreTheSameRowForRow() {
    List<String> items =
        rows(
            whole,
            Tables.ITEMS,
            "source_file",
            "line",
            "item_id",
            "title",
            "item_date",
            "org_key",
            "published",
            "drop_date");
    assertThat(items).hasSize(60 - 8 + 2 * (40 - 4));
    assertThat(
            rows(
                pieced,
                Tables.ITEMS,
                "source_file",
                "line",
                "item_id",
                "title",
                "item_date",
                "org_key",
                "published",
                "drop_date"))
        .isEqualTo(items);
    List<String> quarantine =
        rows(
            whole,
            Tables.QUARANTINE,
            "source_file",
            "line",
            "source_id",
            "reason",
            "detail",
            "raw");
    assertThat(quarantine).hasSize(8 + 2 * 4);
    assertThat(
            rows(
                pieced,
                Tables.QUARANTINE,
                "source_file",
                "line",
                "source_id",
                "reason",
                "detail",
                "raw"))
        .isEqualTo(quarantine);
  }

  @Test
  void ledgerCountsAreTheSame() {
    String[] columns = {"file", "encoding", "rows_read", "rows_stored", "rows_quarantined"};
    List<String> expected =
        new Ledger(whole)
            .rows().selectExpr(columns).orderBy("file").collectAsList().stream()
                .map(Row::toString)
                .toList();
    assertThat(expected)
        .contains(
            "[2022-07-04/成果.csv,UTF-8,0,0,0]",
            "[2022-07-04/需求-gbk.csv,GB18030,40,36,4]",
            "[2022-07-04/资讯.csv,UTF-8,60,52,8]");
    assertThat(
            new Ledger(pieced)
                .rows().selectExpr(columns).orderBy("file").collectAsList().stream()
                    .map(Row::toString)
                    .toList())
        .isEqualTo(expected);
  }

  @Test
  void stagingFilesAreGoneAfterTheCommit() {
    assertThat(Files.exists(tmp.resolve("pieced").resolve("_staging"))).isTrue();
    assertThat(tmp.resolve("pieced").resolve("_staging").toFile().list()).isEmpty();
  }
}
