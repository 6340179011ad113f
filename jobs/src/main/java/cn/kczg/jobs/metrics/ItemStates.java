package cn.kczg.jobs.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Each item's state at a date, from the versions table: counting rule 2 (the newest drop on or
 * before the date that carries the item wins; a drop that only re-delivers the state changes
 * nothing) as one pass over the versions, no sort. The ingest wrote a version whenever a drop gave
 * an item content it did not have at that drop (a non-published row winning inside the drop), and
 * a supersession row whenever a later drop replaced it; a version holds from its drop ({@code
 * valid_from}) until the earliest drop that replaced it ({@code valid_to}, null while it holds). So
 * the state at {@code D} is the one version with {@code valid_from <= D < valid_to}.
 *
 * <p>Rules 1 and 3 (published, dated on or before the date) are {@link #counted}; rule 4
 * (attribution) is {@link Attribution}; rule 5 (once) holds because an item has one state at a
 * date.
 */
public final class ItemStates {
  private final Warehouse warehouse;
  private final Dataset<Row> extraSupersessions;

  public ItemStates(Warehouse warehouse) {
    this(warehouse, null);
  }

  /**
   * @param extraSupersessions supersession rows not yet in the table (an ingest's own, before it
   *     commits), or null
   */
  public ItemStates(Warehouse warehouse, Dataset<Row> extraSupersessions) {
    this.warehouse = warehouse;
    this.extraSupersessions = extraSupersessions;
  }

  /** Every version, with {@code valid_to}: the drop it stopped holding at, null while it holds. */
  public Dataset<Row> versions() {
    Dataset<Row> replaced = warehouse.read(Tables.SUPERSESSIONS, Tables.supersessions());
    if (extraSupersessions != null) {
      replaced = replaced.unionByName(extraSupersessions);
    }
    Dataset<Row> ends =
        broadcast(
            replaced
                .groupBy(col("key_hash").as("e_key"), col("valid_from").as("e_from"), col("content_hash").as("e_content"))
                .agg(min(col("superseded_at")).as("valid_to")));
    Dataset<Row> versions = warehouse.read(Tables.VERSIONS, Tables.versions());
    return versions
        .join(
            ends,
            versions
                .col("key_hash")
                .equalTo(ends.col("e_key"))
                .and(versions.col("valid_from").equalTo(ends.col("e_from")))
                .and(versions.col("content_hash").equalTo(ends.col("e_content"))),
            "left")
        .drop("e_key", "e_from", "e_content");
  }

  /** The versions that hold at {@code date}: one per item the drops up to it ever carried. */
  public Dataset<Row> at(LocalDate date) {
    return versions().where(holdsAt(lit(date)));
  }

  /** True for a version (of {@link #versions}) that holds at {@code date}. */
  static Column holdsAt(Column date) {
    return col("valid_from").leq(date).and(col("valid_to").isNull().or(date.lt(col("valid_to"))));
  }

  /** Counting rules 1 and 3: a state counts at {@code date} when published and dated by then. */
  static Column counted(Column date) {
    return col("published").and(col("item_date").leq(date));
  }
}
