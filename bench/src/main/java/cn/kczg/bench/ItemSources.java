package cn.kczg.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that reads the five item exports of every drop on or before the as-of date into one
 * relation {@code (kind, id, org, account, item_date, published, drop_date)}, applying the parsing
 * rules of the source definitions: rows without an id, without a parseable date, or without both an
 * organization and an account are skipped (the engine quarantines them); dates in the forms {@code
 * 2022-07-01}, {@code 2022/7/1}, {@code 2022.7.1}, {@code 2022年7月1日}, with or without a time of
 * day; published means 状态 is 已发布.
 */
final class ItemSources {
  /** kind, file name, id column, organization column, date column. */
  private static final String[][] KINDS = {
    {"experts", "专家.csv", "专家ID", "所属机构", "入驻时间"},
    {"achievements", "成果.csv", "成果ID", "发布机构", "发布时间"},
    {"demands", "需求.csv", "需求ID", "发布机构", "发布时间"},
    {"news", "资讯.csv", "资讯ID", "发布机构", "发布时间"},
    {"activities", "活动.csv", "活动ID", "主办机构", "举办时间"},
  };

  private static final String YMD =
      "'^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[T\\s].*)?$'";

  private ItemSources() {}

  /** A SELECT over all kinds' files in the inbox's drops dated on or before {@code asOf}. */
  static String select(Path inbox, LocalDate asOf) {
    List<String> parts = new ArrayList<>();
    for (String[] k : KINDS) {
      parts.add(oneKind(inbox, k, asOf));
    }
    return String.join("\nUNION ALL\n", parts);
  }

  private static String oneKind(Path inbox, String[] k, LocalDate asOf) {
    String glob = inbox.toAbsolutePath().resolve("*").resolve(k[1]).toString().replace("'", "''");
    String date = "regexp_extract(\"" + k[4] + "\", " + YMD + ", ['y','m','d'])";
    return """
        SELECT '%s' AS kind, id, org, account, item_date, published, drop_date FROM (
          SELECT trim("%s") AS id, trim("%s") AS org, nullif(trim("平台账号"), '') AS account,
                 try_strptime(d.y || '-' || d.m || '-' || d.d, '%%Y-%%m-%%d')::DATE AS item_date,
                 coalesce(trim("状态") = '已发布', false) AS published,
                 regexp_extract(filename, '(\\d{4}-\\d{2}-\\d{2})[^/]*/[^/]*$', 1)::DATE AS drop_date
          FROM (SELECT *, %s AS d FROM read_csv('%s', header = true, all_varchar = true, filename = true)))
        WHERE drop_date <= DATE '%s' AND coalesce(id, '') <> '' AND item_date IS NOT NULL
          AND (coalesce(org, '') <> '' OR account IS NOT NULL)"""
        .formatted(k[0], k[2], k[3], date, glob, asOf);
  }
}
