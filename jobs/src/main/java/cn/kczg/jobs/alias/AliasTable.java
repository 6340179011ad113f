package cn.kczg.jobs.alias;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.metrics.RegistryHistory;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.text.Names;
import io.delta.tables.DeltaTable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;

/**
 * Confirmed aliases in the Delta table {@code aliases}: a raw organization name as items carry it,
 * keyed by its normalized form, mapped to a registry org id. A person adds one after reading the
 * suggestions of {@code quarantine.csv}; every later run attributes those rows.
 *
 * <p>Semantics: an alias is a correction of a name, not an event, so the aliases in the table apply
 * to every as-of date; an alias whose organization is not in the registry in force at a date does
 * nothing at that date, and a registry name always wins over an alias. Each change is a Delta
 * version; a run records the version it read in {@code manifest.json}, and {@code kczg run
 * --reproduce MANIFEST} reads that version again.
 */
public final class AliasTable {
  /** One alias. */
  public record Alias(String nameKey, String rawName, String orgId, Instant addedAt) {}

  private final Warehouse warehouse;

  public AliasTable(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /** Adds an alias, or re-points an existing one; returns the stored alias. */
  public Alias add(String rawName, String orgId) {
    String key = Names.normalize(rawName);
    if (key.isEmpty()) {
      throw Errors.blankAliasName();
    }
    checkTarget(key, rawName, orgId);
    Alias alias = new Alias(key, Names.clean(rawName), orgId, Instant.now());
    Dataset<Row> row =
        warehouse
            .spark()
            .createDataFrame(
                List.of(RowFactory.create(key, alias.rawName(), orgId, alias.addedAt())),
                Tables.aliases());
    if (!warehouse.exists(Tables.ALIASES)) {
      warehouse.append(Tables.ALIASES, row);
      return alias;
    }
    DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(Tables.ALIASES))
        .as("a")
        .merge(row.as("n"), "a.name_key = n.name_key")
        .whenMatched()
        .updateAll()
        .whenNotMatched()
        .insertAll()
        .execute();
    return alias;
  }

  private void checkTarget(String key, String rawName, String orgId) {
    boolean known = false;
    RegistryHistory registry = RegistryHistory.load(warehouse);
    for (var date : registry.deliveries()) {
      for (Organization o : registry.asOf(date)) {
        known |= o.orgId().equals(orgId);
        if (Names.normalize(o.name()).equals(key)) {
          throw Errors.aliasShadowsRegistry(rawName, o.orgId());
        }
      }
    }
    if (!known) {
      throw Errors.unknownAliasTarget(orgId, rawName);
    }
  }

  /** Removes the alias of a raw name. */
  public void remove(String rawName) {
    String key = Names.normalize(rawName);
    if (list().stream().noneMatch(a -> a.nameKey().equals(key))) {
      throw Errors.noSuchAlias(rawName);
    }
    DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(Tables.ALIASES))
        .delete(functions.col("name_key").equalTo(key));
  }

  /** Every alias, by normalized name. */
  public List<Alias> list() {
    return warehouse
        .read(Tables.ALIASES, Tables.aliases())
        .orderBy("name_key")
        .collectAsList()
        .stream()
        .map(
            r ->
                new Alias(
                    r.getAs("name_key"),
                    r.getAs("raw_name"),
                    r.getAs("org_id"),
                    instant(r.getAs("added_at"))))
        .toList();
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
  }

  /** Normalized raw name to org id, as {@link cn.kczg.jobs.metrics.Counting} takes them. */
  public Map<String, String> asMap() {
    Map<String, String> out = new TreeMap<>();
    list().forEach(a -> out.put(a.nameKey(), a.orgId()));
    return out;
  }

  /** The Delta version read (-1: no alias was ever added). */
  public long version() {
    return warehouse.version(Tables.ALIASES);
  }
}
