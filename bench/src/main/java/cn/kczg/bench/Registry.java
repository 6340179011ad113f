package cn.kczg.bench;

import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.TargetRule;
import cn.kczg.schemas.text.Names;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Loads the registry in force into table {@code registry (org_id, category, channel, account,
 * name_key, t_experts … t_activities)}: the first row per organization code (the normalized name
 * when a row has none), its normalized name key, and its targets from the rulebook (category, then
 * level). Organizations whose category or level has no targets get null targets and are left out of
 * progress, as the engine does. Then {@code accounts} and {@code names}: key to the smallest org id
 * claiming it.
 */
final class Registry {
  private Registry() {}

  static void load(Connection db, Path file, Rulebook rulebook) throws SQLException {
    DuckDbProgram.execute(
        db,
        "CREATE TABLE registry (org_id VARCHAR, category VARCHAR, channel VARCHAR, account VARCHAR,"
            + " name_key VARCHAR, t_experts INT, t_achievements INT, t_demands INT, t_news INT, t_activities INT)");
    Map<String, String[]> rows = read(db, file);
    try (DuckDBAppender app =
        db.unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "registry")) {
      for (String[] r : rows.values()) {
        app.beginRow();
        for (int i = 0; i < 5; i++) {
          app.append(r[i]);
        }
        Optional<TargetRule> t = rulebook.category(r[1]).flatMap(c -> c.targetsFor(r[5]));
        for (ItemKind k : ItemKind.values()) {
          if (t.isPresent()) {
            app.append(t.get().targets().get(k));
          } else {
            app.appendNull();
          }
        }
        app.endRow();
      }
    }
    DuckDbProgram.execute(
        db,
        "CREATE TABLE accounts AS SELECT account, min(org_id) AS org_id FROM registry"
            + " WHERE account IS NOT NULL GROUP BY account");
    DuckDbProgram.execute(
        db,
        "CREATE TABLE names AS SELECT name_key, min(org_id) AS org_id FROM registry"
            + " WHERE name_key <> '' GROUP BY name_key");
  }

  /** org id to (org_id, category, channel, account, name_key, level), first row per org id. */
  private static Map<String, String[]> read(Connection db, Path file) throws SQLException {
    Map<String, String[]> out = new LinkedHashMap<>();
    String sql =
        "SELECT \"机构编码\", \"机构名称\", \"平台账号\", \"机构类型\", \"办学层次\", \"推荐渠道\" FROM read_csv('"
            + file.toAbsolutePath().toString().replace("'", "''")
            + "', header = true, all_varchar = true)";
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        String name = Names.clean(r.getString(2));
        String category = Names.clean(r.getString(4));
        if (name.isEmpty() || category.isEmpty()) {
          continue; // the engine quarantines these rows
        }
        String key = Names.normalize(name);
        String id = Names.clean(r.getString(1));
        id = id.isEmpty() ? key : id;
        String account = Names.clean(r.getString(3));
        out.putIfAbsent(
            id,
            new String[] {
              id,
              category,
              Names.clean(r.getString(6)),
              account.isEmpty() ? null : account,
              key,
              Names.clean(r.getString(5))
            });
      }
    }
    return out;
  }
}
