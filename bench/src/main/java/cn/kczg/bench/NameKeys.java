package cn.kczg.bench;

import cn.kczg.schemas.text.Names;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Table {@code name_map (raw, name_key)}: every distinct organization name the items carry, with
 * its normalized form (NFKC, no white space). DuckDB has no NFKC, so the distinct names (a few per
 * organization) go through Java's {@link Names#normalize} and come back as a table.
 */
final class NameKeys {
  private NameKeys() {}

  static void load(Connection db) throws SQLException {
    List<String> raw = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT DISTINCT s.org FROM state WHERE s.org IS NOT NULL")) {
      while (r.next()) {
        raw.add(r.getString(1));
      }
    }
    DuckDbProgram.execute(db, "CREATE TABLE name_map (raw VARCHAR, name_key VARCHAR)");
    try (DuckDBAppender app =
        db.unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "name_map")) {
      for (String name : raw) {
        app.beginRow();
        app.append(name);
        app.append(Names.normalize(name));
        app.endRow();
      }
    }
  }
}
