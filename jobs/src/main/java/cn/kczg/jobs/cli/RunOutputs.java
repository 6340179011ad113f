package cn.kczg.jobs.cli;

import cn.kczg.jobs.alias.AliasTable;
import cn.kczg.jobs.programs.indicatortargets.IndicatorTargetsOutputs;
import cn.kczg.jobs.run.QuarantineTargets;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.source.SourceDefinitions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * Writes a run's output folder: the reports and {@code manifest.json}. The manifest names every
 * input file (SHA-256, source definition digest) and the Delta version of every table read, so
 * {@code kczg run --reproduce manifest.json} can read the warehouse exactly as this run did.
 */
final class RunOutputs {
  /** The tables a run reads; their versions are what {@code --reproduce} pins. */
  static final List<String> READ_TABLES =
      List.of(
          Tables.LEDGER,
          Tables.REGISTRY,
          Tables.VERSIONS,
          Tables.SUPERSESSIONS,
          Tables.QUARANTINE,
          Tables.SNAPSHOTS,
          Tables.ALIASES);

  private RunOutputs() {}

  /** Reads the table versions now; call while holding the warehouse lock, before the run. */
  static Map<String, Long> versions(Warehouse warehouse) {
    Map<String, Long> out = new TreeMap<>();
    READ_TABLES.forEach(t -> out.put(t, warehouse.version(t)));
    return out;
  }

  static Path write(
      Engine engine,
      Warehouse warehouse,
      RunResult result,
      Map<String, Long> versions,
      String folderName) {
    return write(engine, warehouse, result, versions, folderName, List.of());
  }

  /**
   * Writes a run's output folder, and for each of {@code channels} its own report under {@code
   * channels/<channel>/} (workbook and mail of its organizations only).
   */
  static Path write(
      Engine engine,
      Warehouse warehouse,
      RunResult result,
      Map<String, Long> versions,
      String folderName,
      Collection<String> channels) {
    Path folder = engine.out().resolve(result.rulebook().id()).resolve(folderName);
    try {
      Files.createDirectories(folder);
      engine.log("writing outputs to " + folder);
      new IndicatorTargetsOutputs(result, targets(engine, warehouse, result), channels)
          .write(folder);
      result.awaitStored(); // the manifest names the versions the run's writes made
      manifest(warehouse, engine.sources(null), result, versions, folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  /**
   * Matches each quarantined row of a run to the organization and indicator it would count for
   * (registry, aliases, and the kinds of the source definitions in use).
   */
  static QuarantineTargets targets(Engine engine, Warehouse warehouse, RunResult result) {
    SourceDefinitions sources = engine.sources(null);
    return new QuarantineTargets(
        result.organizations().values(),
        new AliasTable(warehouse).asMap(),
        id -> sources.byId(id).map(SourceDefinition::kind));
  }

  static Path write(Engine engine, RunResult result) {
    return write(engine, result, List.of());
  }

  static Path write(Engine engine, RunResult result, Collection<String> channels) {
    return write(
        engine,
        engine.warehouse(),
        result,
        versions(engine.warehouse()),
        result.asOf().toString(),
        channels);
  }

  private static void manifest(
      Warehouse warehouse,
      SourceDefinitions sources,
      RunResult result,
      Map<String, Long> versions,
      Path folder)
      throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("program", result.rulebook().id());
    root.put("rulebook", result.rulebook().origin());
    root.put("as_of", result.asOf().toString());
    root.put("data_date", result.dataDate().toString());
    root.put("previous", result.previous() == null ? null : result.previous().toString());
    root.put("run_at", Instant.now().toString());
    root.put("integrity_checks_ms", result.integrity().gathered().millis());
    ArrayNode notes = root.putArray("notes");
    result.selection().notes().forEach(notes::add);
    ArrayNode problems = root.putArray("registry_problems");
    result.problems().forEach(problems::add);
    root.put(
        "semantics",
        "figures use the drops dated on or before as_of that the warehouse held at the"
            + " table_versions below, and the aliases at aliases_version; `kczg run --reproduce` on this file"
            + " reads those versions again");
    ObjectNode tv = root.putObject("table_versions");
    versions.forEach(tv::put);
    tv.put(Tables.METRICS, warehouse.version(Tables.METRICS));
    root.put("aliases_version", versions.getOrDefault(Tables.ALIASES, -1L));
    ArrayNode aliases = root.putArray("aliases");
    for (AliasTable.Alias a : new AliasTable(warehouse).list()) {
      aliases
          .addObject()
          .put("raw_name", a.rawName())
          .put("name_key", a.nameKey())
          .put("org_id", a.orgId());
    }
    inputs(warehouse, sources, result, root);
    root.put("quarantined_rows", result.quarantine().size());
    root.put("snapshot_differences", result.snapshotDifferences().size());
    json.writeValue(folder.resolve("manifest.json").toFile(), root);
  }

  private static void inputs(
      Warehouse warehouse, SourceDefinitions sources, RunResult result, ObjectNode root) {
    ArrayNode inputs = root.putArray("inputs");
    Map<String, String> definitions = new TreeMap<>();
    List<Row> ledger =
        warehouse.smallTable(Tables.LEDGER).stream()
            .filter(r -> !r.<LocalDate>getAs("drop_date").isAfter(result.asOf()))
            .sorted(
                java.util.Comparator.comparing((Row r) -> r.<LocalDate>getAs("drop_date"))
                    .thenComparing(r -> r.<String>getAs("file")))
            .toList();
    for (Row r : ledger) {
      ObjectNode f = inputs.addObject();
      String digest =
          r.schema().getFieldIndex("source_digest").isDefined() ? r.getAs("source_digest") : null;
      f.put("file", r.<String>getAs("file"));
      f.put("sha256", r.<String>getAs("sha256"));
      f.put("source", r.<String>getAs("source_id"));
      f.put("source_digest", digest);
      f.put("drop_date", r.getAs("drop_date").toString());
      f.put("encoding", r.<String>getAs("encoding"));
      f.put("rows_read", r.<Long>getAs("rows_read"));
      f.put("rows_stored", r.<Long>getAs("rows_stored"));
      f.put("rows_quarantined", r.<Long>getAs("rows_quarantined"));
      if (digest != null) {
        definitions.put(r.<String>getAs("source_id") + "@" + digest, origin(sources, digest));
      }
    }
    ArrayNode defs = root.putArray("source_definitions");
    definitions.forEach(
        (key, origin) ->
            defs.addObject()
                .put("id", key.substring(0, key.indexOf('@')))
                .put("digest", key.substring(key.indexOf('@') + 1))
                .put("current_origin", origin));
  }

  /**
   * Where the definition with that digest is loaded from today, or null when it has changed since.
   */
  private static String origin(SourceDefinitions sources, String digest) {
    return sources.all().stream()
        .filter(d -> d.digest().equals(digest))
        .map(SourceDefinition::origin)
        .findFirst()
        .orElse(null);
  }
}
