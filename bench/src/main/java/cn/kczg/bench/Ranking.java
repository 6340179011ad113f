package cn.kczg.bench;

import cn.kczg.schemas.program.CategoryRule;
import cn.kczg.schemas.program.ChannelRule;
import cn.kczg.schemas.program.Distribution;
import cn.kczg.schemas.program.Rulebook;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts per organization, completion and rank in category (SQL), then the shortlist (greedy, Java:
 * best first across channels, passing over a full channel, at most the category's quota, categories
 * in rulebook order, a channel's slots shared by its categories).
 */
final class Ranking {
  /** One organization's figures. */
  record Row(
      String orgId,
      String category,
      String channel,
      long[] counts,
      boolean metAll,
      double completion,
      int rank) {}

  private static final String PROGRESS =
      """
      WITH attributed AS (
        SELECT st.kind, coalesce(a.org_id, n.org_id) AS org_id
        FROM state st
        LEFT JOIN accounts a ON st.s.account = a.account
        LEFT JOIN name_map m ON st.s.org = m.raw
        LEFT JOIN names n ON m.name_key = n.name_key
        WHERE st.s.published AND st.s.item_date <= DATE '%s'),
      c AS (
        SELECT org_id,
          count(*) FILTER (kind = 'experts') AS e, count(*) FILTER (kind = 'achievements') AS a,
          count(*) FILTER (kind = 'demands') AS d, count(*) FILTER (kind = 'news') AS n,
          count(*) FILTER (kind = 'activities') AS v
        FROM attributed WHERE org_id IS NOT NULL GROUP BY org_id),
      p AS (
        SELECT r.org_id, r.category, r.channel,
          coalesce(e, 0) AS e, coalesce(a, 0) AS a, coalesce(d, 0) AS d, coalesce(n, 0) AS n, coalesce(v, 0) AS v,
          (least(1.0, coalesce(e, 0) / t_experts::DOUBLE) + least(1.0, coalesce(a, 0) / t_achievements::DOUBLE)
            + least(1.0, coalesce(d, 0) / t_demands::DOUBLE) + least(1.0, coalesce(n, 0) / t_news::DOUBLE)
            + least(1.0, coalesce(v, 0) / t_activities::DOUBLE)) / 5 AS completion,
          coalesce(e, 0) >= t_experts AND coalesce(a, 0) >= t_achievements AND coalesce(d, 0) >= t_demands
            AND coalesce(n, 0) >= t_news AND coalesce(v, 0) >= t_activities AS met_all
        FROM registry r LEFT JOIN c USING (org_id) WHERE t_experts IS NOT NULL)
      SELECT org_id, category, channel, e, a, d, n, v, met_all, completion,
        row_number() OVER (PARTITION BY category ORDER BY completion DESC, e + a + d + n + v DESC, org_id) AS rank
      FROM p ORDER BY category, rank""";

  private Ranking() {}

  static List<Row> progress(Connection db, LocalDate asOf) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(PROGRESS.formatted(asOf))) {
      while (r.next()) {
        long[] c = {r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8)};
        rows.add(
            new Row(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                c,
                r.getBoolean(9),
                r.getDouble(10),
                r.getInt(11)));
      }
    }
    return rows;
  }

  static List<Row> shortlist(Rulebook rulebook, List<Row> ranked) {
    Map<String, Integer> used = new HashMap<>();
    List<Row> chosen = new ArrayList<>();
    for (CategoryRule category : rulebook.categories()) {
      if (category.distribution() != Distribution.RANK_UNDER_CAP) {
        throw new IllegalArgumentException(
            "the DuckDB program implements rank-under-cap only, not " + category.distribution());
      }
      int taken = 0;
      for (Row r : ranked) {
        Optional<ChannelRule> ch =
            rulebook.channel(r.channel()).filter(c -> c.categories().contains(r.category()));
        if (taken >= category.quota()
            || !r.category().equals(category.name())
            || !r.metAll()
            || ch.isEmpty()) {
          continue;
        }
        if (used.getOrDefault(r.channel(), 0) < ch.get().slots()) {
          used.merge(r.channel(), 1, Integer::sum);
          chosen.add(r);
          taken++;
        }
      }
    }
    return chosen;
  }

  static void write(Path out, List<Row> rows, List<Row> shortlist) throws IOException {
    try (Writer w = Files.newBufferedWriter(out.resolve("progress.csv"), StandardCharsets.UTF_8)) {
      w.write(
          "org_id,experts,achievements,demands,news,activities,met_all,completion,rank_in_category\n");
      for (Row r : rows.stream().sorted(java.util.Comparator.comparing(Row::orgId)).toList()) {
        long[] c = r.counts();
        w.write(
            String.join(
                    ",",
                    r.orgId(),
                    "" + c[0],
                    "" + c[1],
                    "" + c[2],
                    "" + c[3],
                    "" + c[4],
                    "" + r.metAll(),
                    fixed4(r.completion()),
                    "" + r.rank())
                + "\n");
      }
    }
    try (Writer w = Files.newBufferedWriter(out.resolve("shortlist.csv"), StandardCharsets.UTF_8)) {
      w.write("category,rank,org_id\n");
      for (Row r : shortlist) {
        w.write(r.category() + "," + r.rank() + "," + r.orgId() + "\n");
      }
    }
  }

  /** As the engine's reports write it: four places, half up. */
  static String fixed4(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }
}
