package cn.kczg.jobs.metrics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Each item's state at each as-of date, without multiplying the rows by the dates: one sort by
 * (kind, id, drop) picks each drop's winning row (a non-published row first, then the first line),
 * and that row holds from its drop until the item's next drop. A row is joined to the few as-of
 * dates in that span, so an item carried by every drop yields one row per drop, where a join of
 * items with all later dates yielded one per (drop, later date) — 3.5 times as many for six drops,
 * all going through a shuffle and a wide aggregation.
 *
 * <p>For the integrity checks the same sort also carries title, field and position, and traces
 * withdrawals: within a drop, whether any row has a withdrawn 状态 and whether any row is dated on or
 * before the drop; across drops, with the item's previous appearance (lag), whether it was carried
 * published by the ledger's previous drop.
 */
final class StateScan {
  static final List<String> COLUMNS =
      List.of(
          "kind",
          "item_id",
          "drop_date",
          "published",
          "line",
          "item_date",
          "account",
          "org_key",
          "org_name",
          "source_file");
  static final List<String> CHECK_COLUMNS = List.of("title", "field", "position");

  /** What the scan with checks, and the current-state table, read of each item row. */
  static final List<String> READ_WITH_CHECKS = readWithChecks();

  private static List<String> readWithChecks() {
    List<String> read = new ArrayList<>(COLUMNS);
    read.addAll(CHECK_COLUMNS);
    read.add("status");
    return List.copyOf(read);
  }

  static final List<String> OUTPUT =
      List.of(
          "as_of",
          "kind",
          "item_id",
          "account",
          "org_key",
          "org_name",
          "item_date",
          "drop_date",
          "source_file",
          "line");

  private final Warehouse warehouse;

  StateScan(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /** The counted states at the dates of {@code asOf} (a small broadcast frame of {@code as_of}). */
  Dataset<Row> counted(Dataset<Row> asOf, LocalDate last) {
    WindowSpec byItem = Window.partitionBy("kind", "item_id").orderBy(order(List.of()));
    Dataset<Row> winners =
        firstOfDrop(lagged(items(last, COLUMNS), byItem))
            .withColumn("next_drop", lead(col("drop_date"), 1).over(byItem));
    return holding(winners, asOf)
        .where(col("published").and(col("item_date").leq(col("as_of"))))
        .select(columns(OUTPUT));
  }

  /**
   * The counted states as {@link #counted}, with a column {@code counted}, plus the states at
   * {@code main} the checks need besides (not counted, but withdrawn after a count), carrying the
   * columns of {@link MainStates} (null at other dates).
   */
  Dataset<Row> withChecks(
      Dataset<Row> asOf, LocalDate last, LocalDate main, MainStates.Request request) {
    List<String> read = READ_WITH_CHECKS;
    WindowSpec byItem = Window.partitionBy("kind", "item_id").orderBy(order(CHECK_COLUMNS));
    Dataset<Row> winners =
        traced(
            firstOfDrop(perDrop(lagged(items(last, read), byItem), request)),
            byItem,
            main,
            request);
    Column atMain = col("as_of").equalTo(lit(main));
    Column counted = col("published").and(col("item_date").leq(col("as_of")));
    List<Column> out = new ArrayList<>(List.of(columns(OUTPUT)));
    out.add(counted.as("counted"));
    CHECK_COLUMNS.forEach(c -> out.add(when(atMain, col(c)).as(c)));
    out.add(when(atMain, CheckKeys.titleKey()).as("title_key"));
    out.add(when(atMain, CheckKeys.personKey()).as("person_key"));
    out.add(when(atMain, col("withdrawn_on")).as("withdrawn_on"));
    return holding(winners, asOf)
        .where(counted.or(atMain.and(size(col("withdrawn_on")).gt(0))))
        .select(out.toArray(Column[]::new));
  }

  /**
   * As {@link #counted} at the one date {@code main}, from the current-state table's rows ({@link
   * CurrentStates#at}), which hold at any date on or after the newest drop.
   */
  static Dataset<Row> countedFromCurrent(Dataset<Row> current, LocalDate main) {
    return current
        .where(col("published").and(col("item_date").leq(lit(main))))
        .withColumn("as_of", lit(main))
        .select(columns(OUTPUT));
  }

  /** As {@link #withChecks} at the one date {@code main}, from the current-state table's rows. */
  static Dataset<Row> withChecksFromCurrent(
      Dataset<Row> current, LocalDate main, MainStates.Request request) {
    Column counted = col("published").and(col("item_date").leq(lit(main)));
    Column withdrawnOn = withdrawnOn(request);
    List<Column> out = new ArrayList<>(List.of(columns(OUTPUT)));
    out.add(counted.as("counted"));
    CHECK_COLUMNS.forEach(c -> out.add(col(c)));
    CheckKeys.COLUMNS.forEach(c -> out.add(col(c)));
    out.add(col("withdrawn_on"));
    return current
        .withColumn("as_of", lit(main))
        .withColumn("withdrawn_on", withdrawnOn)
        .where(counted.or(size(col("withdrawn_on")).gt(0)))
        .select(out.toArray(Column[]::new));
  }

  /**
   * The drop dates of an item's {@code withdrawals} (as the current-state table keeps them) whose
   * statuses include one of the request's withdrawn statuses; empty when withdrawals are not
   * traced.
   */
  static Column withdrawnOn(MainStates.Request request) {
    Column none = array().cast(DataTypes.createArrayType(DataTypes.DateType));
    if (request.withdrawnStatuses().isEmpty() || request.drops().size() < 2) {
      return none;
    }
    // The lambdas run interpreted, row by row: only on the few items ever withdrawn. Built with the
    // Column API, not parsed from SQL text: a run need not start Spark's SQL parser for them.
    Column statuses =
        functions.array(
            request.withdrawnStatuses().stream().map(functions::lit).toArray(Column[]::new));
    scala.Function1<Column, Column> withdrawnThen =
        w -> functions.arrays_overlap(w.getField("statuses"), statuses);
    scala.Function1<Column, Column> dropDate = w -> w.getField("drop_date");
    return when(size(col("withdrawals")).equalTo(0), none)
        .otherwise(
            functions.transform(functions.filter(col("withdrawals"), withdrawnThen), dropDate));
  }

  private Dataset<Row> items(LocalDate last, List<String> columns) {
    return new Ledger(warehouse)
        .committedOnly(warehouse.read(Tables.ITEMS, Tables.items()))
        .where(col("drop_date").leq(lit(last)))
        .select(columns(columns));
  }

  /**
   * Within a drop: not published first, then the first line; the rest only makes ties (same line in
   * two files of one drop) deterministic, as the former max(struct(...)) did.
   */
  static Column[] order(List<String> extra) {
    List<Column> order =
        new ArrayList<>(
            List.of(
                col("drop_date"),
                col("published"),
                col("line"),
                col("item_date").desc(),
                col("account").desc(),
                col("org_key").desc(),
                col("org_name").desc(),
                col("source_file").desc()));
    extra.forEach(c -> order.add(col(c).desc()));
    return order.toArray(Column[]::new);
  }

  /** Adds each row's previous drop in {@code byItem} order (the one sort of the scan). */
  static Dataset<Row> lagged(Dataset<Row> items, WindowSpec byItem) {
    return items.withColumn("previous_drop", lag(col("drop_date"), 1).over(byItem));
  }

  /** Each drop's first row, the winner. */
  static Dataset<Row> firstOfDrop(Dataset<Row> lagged) {
    return lagged.where(
        col("previous_drop").isNull().or(col("previous_drop").notEqual(col("drop_date"))));
  }

  /**
   * Adds, on every row, whether any row of its drop is withdrawn and whether any is dated on or
   * before the drop. A range frame over drop_date needs no sort of its own when it comes after the
   * item's full sort ({@link #lagged}).
   */
  private static Dataset<Row> perDrop(Dataset<Row> items, MainStates.Request request) {
    if (request.withdrawnStatuses().isEmpty()) {
      return items;
    }
    WindowSpec sameDrop = sameDrop();
    // One select, so both share one window operator.
    return items.select(
        col("*"),
        max(col("status").isin(request.withdrawnStatuses().toArray()))
            .over(sameDrop)
            .as("drop_withdrawn"),
        max(col("item_date").leq(col("drop_date"))).over(sameDrop).as("drop_dated"));
  }

  /**
   * All rows of an item's drop: a range frame over drop_date, which needs no sort of its own after
   * the item's full sort.
   */
  static WindowSpec sameDrop() {
    return Window.partitionBy("kind", "item_id")
        .orderBy(col("drop_date"))
        .rangeBetween(Window.currentRow(), Window.currentRow());
  }

  /**
   * Adds next_drop and withdrawn_on: the drops up to {@code main} where the item was withdrawn
   * right after the ledger's previous drop carried it published (every row) and dated (some row).
   */
  private static Dataset<Row> traced(
      Dataset<Row> winners, WindowSpec byItem, LocalDate main, MainStates.Request request) {
    Dataset<Row> next = winners.withColumn("next_drop", lead(col("drop_date"), 1).over(byItem));
    if (request.withdrawnStatuses().isEmpty() || request.drops().size() < 2) {
      return next.withColumn(
          "withdrawn_on", array().cast(DataTypes.createArrayType(DataTypes.DateType)));
    }
    Column withdrawal =
        withdrawal(
                col("drop_withdrawn"),
                col("before"),
                expr(PreviousDrop.of(request.drops(), "drop_date")),
                col("before_published"),
                col("before_dated"))
            .and(col("drop_date").leq(lit(main)));
    return next.withColumn("before", lag(col("drop_date"), 1).over(byItem))
        .withColumn("before_published", lag(col("published"), 1).over(byItem))
        .withColumn("before_dated", lag(col("drop_dated"), 1).over(byItem))
        .withColumn(
            "withdrawn_on",
            collect_list(when(withdrawal, col("drop_date")))
                .over(
                    byItem.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing())));
  }

  /**
   * The withdrawal trace, one definition for this scan and the current-state table: a drop whose
   * winner is not published ({@code notPublished}; the scan asks for a withdrawn status, the table
   * keeps the drop's statuses for a program to pick from) right after the ledger's previous drop
   * ({@code previousDrop}) carried the item: the item's previous winner ({@code beforeDrop}) is of
   * that drop, published ({@code beforePublished}), and some row of it dated on or before that drop
   * ({@code beforeDated}).
   */
  static Column withdrawal(
      Column notPublished,
      Column beforeDrop,
      Column previousDrop,
      Column beforePublished,
      Column beforeDated) {
    return notPublished.and(beforeDrop.equalTo(previousDrop)).and(beforePublished).and(beforeDated);
  }

  /** Each winning row joined to the as-of dates it holds for: from its drop to the next. */
  private static Dataset<Row> holding(Dataset<Row> winners, Dataset<Row> asOf) {
    return winners.join(
        asOf,
        asOf.col("as_of")
            .geq(col("drop_date"))
            .and(col("next_drop").isNull().or(asOf.col("as_of").lt(col("next_drop")))));
  }

  static Column[] columns(List<String> names) {
    return names.stream().map(n -> col(n)).toArray(Column[]::new);
  }
}
