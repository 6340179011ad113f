package cn.kczg.jobs.programs.stationtasks;

import cn.kczg.jobs.programs.InputRow;
import cn.kczg.jobs.programs.InputRows;
import cn.kczg.schemas.counting.CountingRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of the platform exports that count as of a day, per kind: every drop's rows read with
 * the item source definitions, then the counting rules applied once ({@link CountingRules}: the
 * latest drop on or before the day wins, a non-published row wins within a drop, published and
 * dated on or before the day).
 */
final class ExportItems {
  private ExportItems() {}

  /** The counted rows of each kind's export, by kind. */
  static Map<String, List<InputRow>> counted(Map<String, InputRows> exports, LocalDate asOf) {
    Map<String, List<InputRow>> out = new LinkedHashMap<>();
    exports.forEach((kind, rows) -> out.put(kind, counted(kind, rows, asOf)));
    return out;
  }

  private static List<InputRow> counted(String kind, InputRows rows, LocalDate asOf) {
    List<CountingRules.Delivery<InputRow>> deliveries = new ArrayList<>();
    for (InputRow r : rows.rows()) {
      deliveries.add(
          new CountingRules.Delivery<>(
              kind,
              r.text("item_id"),
              r.drop(),
              rows.source().isPublished(r.text("status")),
              r.date("item_date"),
              r.file(),
              r.line(),
              r));
    }
    return CountingRules.countedAsOf(deliveries, asOf).stream()
        .map(CountingRules.Delivery::row)
        .toList();
  }
}
