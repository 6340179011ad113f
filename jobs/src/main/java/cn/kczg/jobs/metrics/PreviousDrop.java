package cn.kczg.jobs.metrics;

import java.time.LocalDate;
import java.util.List;

/** The ledger's drop before a drop, as a SQL expression (the drops are few and known). */
public final class PreviousDrop {
  private PreviousDrop() {}

  /**
   * A CASE expression giving the drop before the date in {@code column}, null for the first drop.
   *
   * @param drops the committed drop dates, ascending
   */
  public static String of(List<LocalDate> drops, String column) {
    if (drops.size() < 2) {
      return "CAST(NULL AS DATE)";
    }
    StringBuilder sql = new StringBuilder("(CASE ").append(column);
    for (int i = 1; i < drops.size(); i++) {
      sql.append(" WHEN DATE'")
          .append(drops.get(i))
          .append("' THEN DATE'")
          .append(drops.get(i - 1))
          .append("'");
    }
    return sql.append(" END)").toString();
  }
}
