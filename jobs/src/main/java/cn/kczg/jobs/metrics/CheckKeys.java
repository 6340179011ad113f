package cn.kczg.jobs.metrics;

import static org.apache.spark.sql.functions.col;

import cn.kczg.schemas.text.TitleKeys;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The integrity checks' grouping keys ({@link TitleKeys}) as columns, computed where an item's
 * state is made (the current-state table, or the scan) so the checks group by plain columns.
 */
final class CheckKeys {
  /** Columns this class adds. */
  static final java.util.List<String> COLUMNS = java.util.List.of("title_key", "person_key");

  private static final UserDefinedFunction TITLE_KEY =
      functions.udf((UDF1<String, String>) TitleKeys::title, DataTypes.StringType);
  private static final UserDefinedFunction PERSON_KEY =
      functions.udf((UDF3<String, String, String, String>) TitleKeys::person, DataTypes.StringType);

  private CheckKeys() {}

  /** The title key of every item (blank: empty). */
  static Column titleKey() {
    return TITLE_KEY.apply(col("title"));
  }

  /** The person key of an expert (the 姓名 is in {@code title}); null for other kinds. */
  static Column personKey() {
    return functions.when(
        col("kind").equalTo(cn.kczg.schemas.model.ItemKind.EXPERTS.key()),
        PERSON_KEY.apply(col("title"), col("position"), col("field")));
  }
}
