package cn.kczg.jobs.cli;

import cn.kczg.jobs.run.ReportModels;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.jobs.warehouse.Ledger;
import cn.kczg.reports.QuarantineRow;
import cn.kczg.reports.ReportWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import cn.kczg.jobs.warehouse.Tables;
import cn.kczg.jobs.warehouse.Warehouse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/** Writes a run's output folder: the reports and {@code manifest.json}. */
final class RunOutputs {
  private RunOutputs() {}

  static Path write(Engine engine, RunResult result) {
    Path folder = engine.out().resolve(result.rulebook().id()).resolve(result.asOf().toString());
    try {
      Files.createDirectories(folder);
      engine.log("writing outputs to " + folder);
      ReportWriter.writeAll(ReportModels.of(result, ingestQuarantine(engine.warehouse(), result)), folder);
      manifest(engine.warehouse(), result, folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  /** Rows set aside at ingest from drops on or before the as-of date. */
  private static List<QuarantineRow> ingestQuarantine(Warehouse warehouse, RunResult result) {
    List<QuarantineRow> out = new ArrayList<>();
    Dataset<Row> rows = new Ledger(warehouse).committedOnly(warehouse.read(Tables.QUARANTINE, Tables.quarantine()))
        .where(functions.col("drop_date").leq(functions.lit(result.asOf())));
    for (Row r : rows.collectAsList()) {
      out.add(new QuarantineRow(r.getAs("source_file"), r.<Long>getAs("line"), r.getAs("reason"), r.getAs("detail"),
          r.getAs("raw"), List.of()));
    }
    return out;
  }

  /** What the run read: input files with their SHA-256, and the table versions. */
  private static void manifest(Warehouse warehouse, RunResult result, Path folder) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("program", result.rulebook().id());
    root.put("rulebook", result.rulebook().origin());
    root.put("as_of", result.asOf().toString());
    root.put("data_date", result.dataDate().toString());
    root.put("previous", result.previous() == null ? null : result.previous().toString());
    root.put("run_at", Instant.now().toString());
    ArrayNode notes = root.putArray("notes");
    result.selection().notes().forEach(notes::add);
    ArrayNode problems = root.putArray("registry_problems");
    result.problems().forEach(problems::add);
    ObjectNode versions = root.putObject("table_versions");
    for (String t : java.util.List.of(Tables.LEDGER, Tables.REGISTRY, Tables.ITEMS, Tables.QUARANTINE, Tables.METRICS)) {
      versions.put(t, warehouse.version(t));
    }
    ArrayNode inputs = root.putArray("inputs");
    for (Row r : warehouse.read(Tables.LEDGER, Tables.ledger())
        .where(functions.col("drop_date").leq(functions.lit(result.asOf())))
        .orderBy("drop_date", "file").collectAsList()) {
      ObjectNode f = inputs.addObject();
      f.put("file", r.<String>getAs("file"));
      f.put("sha256", r.<String>getAs("sha256"));
      f.put("source", r.<String>getAs("source_id"));
      f.put("drop_date", r.getAs("drop_date").toString());
      f.put("rows_read", r.<Long>getAs("rows_read"));
      f.put("rows_stored", r.<Long>getAs("rows_stored"));
      f.put("rows_quarantined", r.<Long>getAs("rows_quarantined"));
    }
    json.writeValue(folder.resolve("manifest.json").toFile(), root);
  }
}
