package cn.kczg.jobs.programs;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.store.Warehouse;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a program type that reads the warehouse gets: the warehouse (possibly pinned at the table
 * versions of a manifest), the confirmed aliases, and the progress log.
 *
 * @param warehouse the warehouse to read
 * @param aliases confirmed mappings from a normalized raw name to an org id
 * @param log progress lines
 */
public record WarehouseAccess(
    Warehouse warehouse, Map<String, String> aliases, Consumer<String> log) {
  public WarehouseAccess {
    requireNonNull(warehouse, "warehouse is null");
    aliases = Map.copyOf(aliases);
    requireNonNull(log, "log is null");
  }
}
