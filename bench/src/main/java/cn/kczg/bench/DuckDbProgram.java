package cn.kczg.bench;

import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import cn.kczg.schemas.text.Dates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The plain DuckDB program: reads an inbox's CSV exports and computes, as of a date, each
 * organization's counts under the counting rules, completion, rank in category and the shortlist,
 * written as {@code progress.csv} and {@code shortlist.csv}.
 *
 * <pre>
 * java -jar bench/target/kczg-bench.jar --inbox DIR --out DIR [--as-of YYYY-MM-DD] [--program ID]
 * </pre>
 *
 * <p>Where DuckDB has no equivalent of the rules, Java does the small part: DuckDB has {@code
 * nfc_normalize} but no NFKC, so the distinct organization names (a few per organization, not per
 * item) are normalized in Java with the engine's {@code Names.normalize} and joined back as a
 * table; the rulebook's targets are looked up in Java per registry row; the greedy shortlist runs
 * in Java over the ranked per-organization rows. Everything per item runs in DuckDB.
 */
public final class DuckDbProgram {
  private DuckDbProgram() {}

  /** Runs the program; prints the phase times. */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = options(args);
    Path inbox = Path.of(a.get("--inbox"));
    Path out = Path.of(a.getOrDefault("--out", "duckdb-out"));
    Rulebook rulebook = Rulebooks.builtIn().get(a.getOrDefault("--program", "hengyang-2022"));
    LocalDate asOf =
        a.containsKey("--as-of") ? LocalDate.parse(a.get("--as-of")) : newestDrop(inbox);
    Files.createDirectories(out);
    long start = System.nanoTime();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      execute(db, "SET temp_directory = '" + out.toAbsolutePath().resolve(".duckdb-tmp") + "'");
      execute(db, "SET preserve_insertion_order = false");
      state(db, inbox, asOf);
      log(start, "item state as of " + asOf);
      Registry.load(db, registryFile(inbox, asOf), rulebook);
      NameKeys.load(db);
      log(start, "registry and name keys");
      List<Ranking.Row> rows = Ranking.progress(db, asOf);
      Ranking.write(out, rows, Ranking.shortlist(rulebook, rows));
      log(start, rows.size() + " organizations written to " + out);
    }
  }

  /**
   * Per (kind, id) the state of the newest drop on or before the as-of; within a drop, not
   * published wins.
   */
  private static void state(Connection db, Path inbox, LocalDate asOf) throws SQLException {
    execute(
        db,
        """
        CREATE TABLE state AS
        SELECT kind, id, arg_max({'org': org, 'account': account, 'item_date': item_date, 'published': published},
                                 date_diff('day', DATE '1970-01-01', drop_date) * 2 + (NOT published)::INT) AS s
        FROM (%s)
        GROUP BY kind, id"""
            .formatted(ItemSources.select(inbox, asOf)));
  }

  static void execute(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }

  static long count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void log(long start, String what) {
    System.err.printf("[%6.1fs] duckdb: %s%n", (System.nanoTime() - start) / 1e9, what);
  }

  private static List<Path> drops(Path inbox) throws IOException {
    try (Stream<Path> s = Files.list(inbox)) {
      return s.filter(Files::isDirectory)
          .filter(p -> Dates.dropDate(p.getFileName().toString()).isPresent())
          .sorted()
          .toList();
    }
  }

  private static LocalDate newestDrop(Path inbox) throws IOException {
    List<Path> d = drops(inbox);
    return Dates.dropDate(d.get(d.size() - 1).getFileName().toString()).orElseThrow();
  }

  /** The registry in force: the newest 机构名录 delivered on or before the as-of date. */
  private static Path registryFile(Path inbox, LocalDate asOf) throws IOException {
    Path found = null;
    for (Path drop : drops(inbox)) {
      if (Dates.dropDate(drop.getFileName().toString()).orElseThrow().isAfter(asOf)) {
        break;
      }
      try (Stream<Path> s = Files.list(drop)) {
        found =
            s.filter(p -> p.getFileName().toString().startsWith("机构名录")).findFirst().orElse(found);
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("no 机构名录 in " + inbox + " on or before " + asOf);
    }
    return found;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new HashMap<>();
    List<String> list = new ArrayList<>(List.of(args));
    for (int i = 0; i + 1 < list.size(); i += 2) {
      out.put(list.get(i), list.get(i + 1));
    }
    if (!out.containsKey("--inbox")) {
      throw new IllegalArgumentException(
          "usage: --inbox DIR --out DIR [--as-of YYYY-MM-DD] [--program ID]");
    }
    return out;
  }
}
