package cn.kczg.jobs.run;

import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.result.OrgProgress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The computed per-organization metrics, one partition per (program, as-of). A re-run for the same
 * program and date replaces that partition only (Delta {@code replaceWhere}), so earlier dates'
 * figures stay as they were computed.
 */
final class MetricsTable {
  static final StructType SCHEMA = schema();
  private final Warehouse warehouse;

  MetricsTable(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  private static StructType schema() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("program", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("as_of", DataTypes.DateType, false));
    for (String s : List.of("org_id", "org_name", "category", "level", "region", "channel")) {
      f.add(DataTypes.createStructField(s, DataTypes.StringType, true));
    }
    for (ItemKind k : ItemKind.values()) {
      f.add(DataTypes.createStructField(k.key(), DataTypes.IntegerType, false));
    }
    for (ItemKind k : ItemKind.values()) {
      f.add(DataTypes.createStructField("target_" + k.key(), DataTypes.IntegerType, false));
    }
    f.add(DataTypes.createStructField("met_all", DataTypes.BooleanType, false));
    f.add(DataTypes.createStructField("completion", DataTypes.DoubleType, false));
    f.add(DataTypes.createStructField("score", DataTypes.DoubleType, false));
    f.add(DataTypes.createStructField("rank_in_category", DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField("previous_rank", DataTypes.IntegerType, true));
    return DataTypes.createStructType(f);
  }

  void store(String program, LocalDate asOf, List<OrgProgress> rows) {
    List<Row> out = new ArrayList<>(rows.size());
    for (OrgProgress p : rows) {
      List<Object> v =
          new ArrayList<>(
              List.of(
                  program,
                  asOf,
                  p.orgId(),
                  p.orgName(),
                  p.category(),
                  p.level(),
                  p.region(),
                  p.channel()));
      for (ItemKind k : ItemKind.values()) {
        v.add(p.counts().get(k));
      }
      for (ItemKind k : ItemKind.values()) {
        v.add(p.targets().get(k));
      }
      v.add(p.metAll());
      v.add(p.completion());
      v.add(p.score());
      v.add(p.rankInCategory());
      v.add(p.previousRank());
      out.add(RowFactory.create(v.toArray()));
    }
    // One partition per (program, as-of): a re-run replaces its own folder and nothing else.
    warehouse.replacePartitions(
        Tables.METRICS,
        warehouse.spark().createDataFrame(out, SCHEMA).coalesce(1),
        List.of("program", "as_of"),
        List.of(List.of(program, asOf.toString())));
  }
}
