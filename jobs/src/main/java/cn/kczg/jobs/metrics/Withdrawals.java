package cn.kczg.jobs.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Manifests;
import cn.kczg.jobs.store.Warehouse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Items withdrawn right after they counted, for the withdrawal check: a drop {@code d} gave the item
 * a version whose 状态 is one of the program's withdrawn statuses, while the drop before {@code d}
 * in the ledger carried the item (its {@linkplain Manifests manifest} lists it) and the version
 * that held then was published and dated on or before that drop. Only the few versions with a
 * withdrawn status are looked at, with the other versions of their items.
 */
final class Withdrawals {
  static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("w_key", DataTypes.LongType, false),
              DataTypes.createStructField(
                  "withdrawn_on", DataTypes.createArrayType(DataTypes.DateType), false)));

  private Withdrawals() {}

  /**
   * The items found ({@code w_key}, {@code withdrawn_on}; broadcast) and the drops involved: each
   * withdrawal's drop and the drop before it.
   */
  record Found(Dataset<Row> rows, java.util.SortedSet<LocalDate> dates) {}

  /**
   * Per item ({@code w_key}: its identity fingerprint) the drops up to {@code main} it was
   * withdrawn in; null when none.
   */
  static Found of(Warehouse warehouse, MainStates.Request request, LocalDate main) {
    List<LocalDate> drops = request.drops();
    if (request.withdrawnStatuses().isEmpty() || drops.size() < 2) {
      return null;
    }
    Dataset<Row> versions = new ItemStates(warehouse).versions();
    List<Row> candidates =
        versions
            .where(
                org.apache.spark.sql.functions.not(col("published"))
                    .and(col("status").isin(request.withdrawnStatuses().toArray()))
                    .and(col("valid_from").leq(lit(main)))
                    .and(ItemStates.holdsAt(col("valid_from")))) // not replaced in its own drop
            .select(col("key_hash"), col("valid_from"))
            .collectAsList();
    if (candidates.isEmpty()) {
      return null;
    }
    Map<Long, List<Row>> history = history(versions, candidates);
    NavigableMap<LocalDate, List<String>> batches = new Ledger(warehouse).batchesByDrop();
    Map<LocalDate, Manifests.Manifest> manifests = new HashMap<>();
    Map<Long, List<LocalDate>> out = new TreeMap<>();
    java.util.SortedSet<LocalDate> dates = new java.util.TreeSet<>();
    for (Row c : candidates) {
      long key = c.getLong(0);
      LocalDate drop = c.getAs(1);
      int i = drops.indexOf(drop);
      if (i < 1) {
        continue;
      }
      LocalDate before = drops.get(i - 1);
      Row held = heldAt(history.getOrDefault(key, List.of()), before);
      if (held == null
          || !held.<Boolean>getAs("published")
          || held.<LocalDate>getAs("item_date").isAfter(before)) {
        continue;
      }
      Manifests.Manifest carried =
          manifests.computeIfAbsent(
              before, d -> new Manifests(warehouse).read(d, batches.getOrDefault(d, List.of())));
      if (carried.find(key) >= 0) {
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(drop);
        dates.add(drop);
        dates.add(before);
      }
    }
    if (out.isEmpty()) {
      return null;
    }
    List<Row> rows = new ArrayList<>();
    out.forEach((k, ds) -> rows.add(RowFactory.create(k, ds.stream().sorted().toList())));
    return new Found(broadcast(warehouse.spark().createDataFrame(rows, SCHEMA)), dates);
  }

  /** Every version of the candidates' items. */
  private static Map<Long, List<Row>> history(Dataset<Row> versions, List<Row> candidates) {
    StructType keys =
        DataTypes.createStructType(
            List.of(DataTypes.createStructField("c_key", DataTypes.LongType, false)));
    Dataset<Row> wanted =
        broadcast(
            versions
                .sparkSession()
                .createDataFrame(
                    candidates.stream().map(r -> RowFactory.create(r.getLong(0))).distinct().toList(),
                    keys));
    Map<Long, List<Row>> out = new HashMap<>();
    for (Row r :
        versions
            .join(wanted, versions.col("key_hash").equalTo(wanted.col("c_key")), "left_semi")
            .select(
                col("key_hash"),
                col("valid_from"),
                col("valid_to"),
                col("published"),
                col("item_date"))
            .collectAsList()) {
      out.computeIfAbsent(r.getLong(0), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  /** The version that held at {@code date}, or null. */
  private static Row heldAt(List<Row> versions, LocalDate date) {
    for (Row r : versions) {
      LocalDate from = r.getAs("valid_from");
      LocalDate to = r.getAs("valid_to");
      if (!from.isAfter(date) && (to == null || date.isBefore(to))) {
        return r;
      }
    }
    return null;
  }
}
