package cn.kczg.jobs.integrity;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The integrity checks' way of grouping items by several keys in one pass: each item once per key
 * it is grouped by, as {@code (tag, key)} (the key a 64-bit hash), so one hash aggregation finds
 * the keys that may flag and one broadcast semi-join brings back their items. Used where the checks
 * group every item ({@code IntegrityQuery}) and where the ingest derives their groups ({@link
 * CheckGroups}).
 */
public final class TaggedKeys {
  private static final StructType KEYS =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("c_tag", DataTypes.IntegerType, false),
              DataTypes.createStructField("c_key", DataTypes.LongType, false)));

  private TaggedKeys() {}

  /** An entry of {@link #keyed}: {@code key} under {@code tag}. */
  public static Column entry(int tag, Column key) {
    return struct(lit(tag).as("tag"), key.as("key"));
  }

  /**
   * {@code rows} once per non-null entry of {@code entries} ({@link #entry}s, usually each inside a
   * {@code when}), with columns {@code tag} and {@code key}.
   */
  public static Dataset<Row> keyed(Dataset<Row> rows, List<Column> entries) {
    return rows.withColumn("e", explode(array(entries.toArray(Column[]::new))))
        .where(col("e").isNotNull())
        .withColumn("tag", col("e.tag"))
        .withColumn("key", col("e.key"))
        .drop("e");
  }

  /** The rows of {@code keyed} whose (tag, key) is one of {@code keys}: a broadcast semi-join. */
  public static Dataset<Row> having(Dataset<Row> keyed, List<Row> keys) {
    Dataset<Row> wanted = broadcast(keyed.sparkSession().createDataFrame(keys, KEYS));
    return keyed.join(
        wanted,
        col("tag").equalTo(wanted.col("c_tag")).and(col("key").equalTo(wanted.col("c_key"))),
        "left_semi");
  }
}
