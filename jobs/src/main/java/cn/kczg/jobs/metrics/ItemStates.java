package cn.kczg.jobs.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * Rules 1-3 of the counting rules as Spark expressions, shared by every query that needs an item's
 * state: grouped by (kind, item_id), the newest drop wins, within one drop a non-published row wins
 * (then the earliest line), and the item counts when that state is published and dated on or before
 * the as-of date.
 */
public final class ItemStates {
  private ItemStates() {}

  /**
   * The winning row of a group as struct {@code s}: drop_date, withheld, neg_line, item_date,
   * account, org_key, org_name, source_file, line, then the {@code extra} columns.
   */
  public static Column latest(Column... extra) {
    List<Column> fields =
        new ArrayList<>(
            List.of(
                col("drop_date"),
                not(col("published")).as("withheld"),
                lit(0L).minus(col("line")).as("neg_line"),
                col("item_date"),
                col("account"),
                col("org_key"),
                col("org_name"),
                col("source_file"),
                col("line")));
    fields.addAll(List.of(extra));
    return max(struct(fields.toArray(Column[]::new))).as("s");
  }

  /** Whether the state {@code s} counts as of {@code asOf}. */
  public static Column counted(Column asOf) {
    return not(col("s.withheld")).and(col("s.item_date").leq(asOf));
  }
}
