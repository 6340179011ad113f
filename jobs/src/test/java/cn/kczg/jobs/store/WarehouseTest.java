package cn.kczg.jobs.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.spark.SharedSpark;
import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table versions, the small-table cache and partition replacement, on real Delta tables. */
class WarehouseTest {
  private static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("as_of", DataTypes.DateType, false),
              DataTypes.createStructField("org_id", DataTypes.StringType, false),
              DataTypes.createStructField("n", DataTypes.IntegerType, false)));
  private static final LocalDate D1 = LocalDate.of(2022, 6, 20);
  private static final LocalDate D2 = LocalDate.of(2022, 6, 27);

  @TempDir Path dir;

  private final SparkSession spark = SharedSpark.session();

  private Dataset<Row> rows(Object[]... values) {
    return spark.createDataFrame(List.of(values).stream().map(RowFactory::create).toList(), SCHEMA);
  }

  @Test
  void replacesOnlyTheNamedPartitionAndMigratesAnOldLayoutOnce() {
    Warehouse w = new Warehouse(dir.toString(), spark);
    // The layout before partitioning: every date in one unpartitioned table.
    rows(new Object[] {D1, "A", 1}, new Object[] {D2, "A", 2})
        .write()
        .format("delta")
        .save(w.tablePath("t"));
    assertThat(w.version("t")).isZero();

    w.replacePartitions(
        "t", rows(new Object[] {D2, "A", 5}), List.of("as_of"), List.of(List.of(D2.toString())));
    assertThat(partitionColumns(w)).containsExactly("as_of");
    assertThat(values(w)).containsExactly(D1 + " A 1", D2 + " A 5");
    assertThat(w.version("t")).isEqualTo(1);

    w.replacePartitions(
        "t", rows(new Object[] {D1, "B", 7}), List.of("as_of"), List.of(List.of(D1.toString())));
    assertThat(values(w)).containsExactly(D1 + " B 7", D2 + " A 5");
    assertThat(w.version("t")).isEqualTo(2);
    // Time travel keeps what the table held before.
    assertThat(w.pinnedAt(java.util.Map.of("t", 0L)).read("t", SCHEMA).count()).isEqualTo(2);
  }

  @Test
  void aNewPartitionIsAppendedAndAWrittenOneReplaced() {
    Warehouse w = new Warehouse(dir.toString(), spark);
    StructType schema =
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("program", DataTypes.StringType, false),
                DataTypes.createStructField("as_of", DataTypes.DateType, false),
                DataTypes.createStructField("n", DataTypes.IntegerType, false)));
    // A value that needs escaping in a folder name ("x:y" is written as program=x%3Ay).
    java.util.function.BiConsumer<LocalDate, Integer> store =
        (d, n) ->
            w.replacePartitions(
                "m",
                spark.createDataFrame(List.of(RowFactory.create("x:y", d, n)), schema),
                List.of("program", "as_of"),
                List.of(List.of("x:y", d.toString())));
    store.accept(D1, 1); // creates the table
    store.accept(D2, 2); // a new partition: appended
    store.accept(D2, 3); // written before: replaced
    store.accept(D1, 4);
    assertThat(
            w.read("m", schema).orderBy("as_of").collectAsList().stream()
                .map(r -> r.get(1) + " " + r.get(2))
                .toList())
        .containsExactly(D1 + " 4", D2 + " 3");
    assertThat(
            DeltaTable.forPath(spark, w.tablePath("m"))
                .history()
                .orderBy("version")
                .select("operationParameters.mode")
                .collectAsList()
                .stream()
                .map(r -> r.getString(0))
                .toList())
        .containsExactly("Append", "Append", "Overwrite", "Overwrite");
  }

  @Test
  void thePartitionConditionQuotesNamesAndValues() {
    assertThat(
            Warehouse.partitionPredicate(
                List.of("program", "as_of"),
                List.of(List.of("o'k\\", "2022-06-20"), List.of("p", "2022-06-27"))))
        .isEqualTo(
            "(`program` = 'o\\'k\\\\' AND `as_of` = '2022-06-20')"
                + " OR (`program` = 'p' AND `as_of` = '2022-06-27')");
  }

  @Test
  void smallTablesAreReadOncePerVersion() {
    Warehouse w = new Warehouse(dir.toString(), spark);
    assertThat(w.smallTable("s")).isEmpty();
    rows(new Object[] {D1, "A", 1}).write().format("delta").save(w.tablePath("s"));
    List<Row> first = w.smallTable("s");
    assertThat(first).hasSize(1);
    assertThat(w.smallTable("s")).isSameAs(first);
    rows(new Object[] {D2, "B", 2}).write().format("delta").mode("append").save(w.tablePath("s"));
    assertThat(w.smallTable("s")).hasSize(2);
    assertThat(w.pinnedAt(java.util.Map.of("s", 0L)).smallTable("s")).hasSize(1);
  }

  @Test
  void tableLocationsAreAbsoluteOrKeepTheirScheme() {
    assertThat(Warehouse.qualified("demo/warehouse/tables/items"))
        .isEqualTo(Path.of("demo/warehouse/tables/items").toAbsolutePath().toString());
    assertThat(Warehouse.qualified("s3a://bucket/wh/tables/items"))
        .isEqualTo("s3a://bucket/wh/tables/items");
    assertThat(Warehouse.qualified("file:/tmp/wh/tables/items"))
        .isEqualTo("file:/tmp/wh/tables/items");
  }

  private List<String> partitionColumns(Warehouse w) {
    return scala.jdk.javaapi.CollectionConverters.asJava(
        DeltaLog.forTable(spark, w.tablePath("t"))
            .update(false, scala.Option.empty(), scala.Option.empty())
            .metadata()
            .partitionColumns());
  }

  private List<String> values(Warehouse w) {
    return w.read("t", SCHEMA).orderBy("as_of", "org_id").collectAsList().stream()
        .map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2))
        .toList();
  }
}
