package cn.kczg.jobs.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.kczg.jobs.metrics.AsOfCounts;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.result.QuarantineRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The rows a run could not use, as plain records for {@code quarantine.csv}: rows refused at ingest
 * in committed drops dated on or before the as-of date, plus the rows whose organization is unknown
 * under the registry and aliases in force at the as-of date (decided now, so an alias added since
 * the ingest takes them out).
 */
final class QuarantineListing {
  private QuarantineListing() {}

  static List<QuarantineRow> build(
      List<QuarantineRow> ingested, LocalDate asOf, AsOfCounts counts, List<QuarantineRow> extra) {
    List<QuarantineRow> out = new ArrayList<>(ingested);
    Map<String, List<String>> suggestions = new java.util.HashMap<>();
    counts
        .unattributed()
        .forEach(u -> suggestions.put(u.nameKey() + "|" + u.kind(), u.suggestions()));
    for (AsOfCounts.UnknownRow u : counts.unknownRows()) {
      String key = cn.kczg.schemas.text.Names.normalize(u.orgName()) + "|" + u.kind();
      out.add(
          new QuarantineRow(
              u.file(),
              u.line(),
              u.dropDate(),
              u.kind(),
              "UNKNOWN_ORG",
              cn.kczg.schemas.read.RowOutcome.detail("unknown_org", u.orgName(), asOf),
              String.join(
                  ",",
                  u.kind(),
                  u.itemId(),
                  u.orgName(),
                  u.account() == null ? "" : u.account(),
                  String.valueOf(u.itemDate())),
              suggestions.getOrDefault(key, List.of())));
    }
    out.addAll(extra);
    out.sort(
        Comparator.comparing(QuarantineRow::file)
            .thenComparingLong(QuarantineRow::line)
            .thenComparing(QuarantineRow::reason));
    return List.copyOf(out);
  }

  /** The rows the ingest quarantined in committed drops dated on or before {@code asOf}. */
  static List<QuarantineRow> ingested(Warehouse warehouse, LocalDate asOf) {
    List<QuarantineRow> out = new ArrayList<>();
    for (Row r :
        new Ledger(warehouse)
            .committedOnly(warehouse.read(Tables.QUARANTINE, Tables.quarantine()))
            .where(col("drop_date").leq(lit(asOf)))
            .collectAsList()) {
      out.add(
          new QuarantineRow(
              r.getAs("source_file"),
              r.<Long>getAs("line"),
              r.getAs("drop_date"),
              r.getAs("source_id"),
              r.getAs("reason"),
              r.getAs("detail"),
              r.getAs("raw"),
              List.of()));
    }
    return out;
  }
}
