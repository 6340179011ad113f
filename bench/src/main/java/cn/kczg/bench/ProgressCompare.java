package cn.kczg.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks that the engine and the DuckDB program give the same figures: per organization the five
 * counts, met_all, completion and rank in category ({@code progress.csv}), and the same shortlist
 * (category, rank, org id). Exit code 0 when identical, 1 with the first differences otherwise.
 *
 * <pre>java -cp bench/target/kczg-bench.jar cn.kczg.bench.ProgressCompare ENGINE_DIR DUCKDB_DIR
 * </pre>
 */
public final class ProgressCompare {
  private static final List<String> FIGURES =
      List.of(
          "experts",
          "achievements",
          "demands",
          "news",
          "activities",
          "met_all",
          "completion",
          "rank_in_category");

  private ProgressCompare() {}

  /** Compares; prints a one-line verdict. */
  public static void main(String[] args) throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, String> engine = keyed(Path.of(args[0], "progress.csv"), "org_id", FIGURES);
    Map<String, String> duck = keyed(Path.of(args[1], "progress.csv"), "org_id", FIGURES);
    diff("progress", engine, duck, problems);
    List<String> key = List.of("category", "rank", "org_id");
    Map<String, String> engineList = keyed(Path.of(args[0], "shortlist.csv"), null, key);
    Map<String, String> duckList = keyed(Path.of(args[1], "shortlist.csv"), null, key);
    diff("shortlist", engineList, duckList, problems);
    if (problems.isEmpty()) {
      System.out.println(
          "identical: "
              + engine.size()
              + " organizations ("
              + String.join(", ", FIGURES)
              + "), "
              + engineList.size()
              + " shortlisted");
      return;
    }
    System.out.println("DIFFERENT: " + problems.size() + " difference(s); first ones:");
    problems.stream().limit(10).forEach(p -> System.out.println("  " + p));
    System.exit(1);
  }

  private static void diff(
      String what, Map<String, String> engine, Map<String, String> duck, List<String> problems) {
    engine.forEach(
        (k, v) -> {
          if (!v.equals(duck.get(k))) {
            problems.add(what + " " + k + ": engine " + v + ", duckdb " + duck.get(k));
          }
        });
    duck.keySet().stream()
        .filter(k -> !engine.containsKey(k))
        .forEach(k -> problems.add(what + " " + k + ": only in duckdb"));
  }

  /** Rows keyed by a column (or by row number when null), valued by the chosen columns. */
  private static Map<String, String> keyed(Path file, String keyColumn, List<String> columns)
      throws IOException {
    Map<String, String> out = new TreeMap<>();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (Reader in = new java.io.StringReader(text)) {
      int n = 0;
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        List<String> values = columns.stream().map(r::get).toList();
        out.put(
            keyColumn == null ? String.format("%06d", n++) : r.get(keyColumn),
            String.join(",", values));
      }
    }
    return out;
  }
}
