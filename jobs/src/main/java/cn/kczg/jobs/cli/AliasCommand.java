package cn.kczg.jobs.cli;

import cn.kczg.jobs.alias.AliasTable;
import cn.kczg.jobs.store.WarehouseLock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code kczg alias add|list|remove}: confirmed mappings from a raw organization name (as item
 * exports spell it) to a registry org id. The next run attributes those rows.
 */
@Command(
    name = "alias",
    mixinStandardHelpOptions = true,
    description = {
      "Confirm which registry organization an unknown name in quarantine.csv means.",
      "Aliases apply to every as-of date; a registry name always wins over an alias."
    },
    subcommands = {
      AliasCommand.Add.class,
      AliasCommand.ListAliases.class,
      AliasCommand.Remove.class
    })
final class AliasCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code kczg alias add "<raw name>" ORG_ID}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Map a raw name to a registry org id.")
  static final class Add implements Callable<Integer> {
    @Mixin GlobalOptions options;

    @Parameters(
        index = "0",
        paramLabel = "RAW_NAME",
        description = "The name as items carry it (quote it).")
    String rawName;

    @Parameters(index = "1", paramLabel = "ORG_ID", description = "The registry's 机构编码.")
    String orgId;

    @Override
    public Integer call() {
      Engine engine = new Engine(options);
      try (WarehouseLock lock = engine.lock("alias add")) {
        AliasTable.Alias a = new AliasTable(engine.warehouse()).add(rawName, orgId);
        System.out.printf(
            "alias added: %s -> %s (takes effect at the next `kczg run`)%n",
            a.rawName(), a.orgId());
        return 0;
      }
    }
  }

  /** {@code kczg alias list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the confirmed aliases.")
  static final class ListAliases implements Callable<Integer> {
    @Mixin GlobalOptions options;

    @Override
    public Integer call() {
      var aliases = new AliasTable(new Engine(options).warehouse()).list();
      aliases.forEach(
          a -> System.out.printf("%s\t%s\t(added %s)%n", a.rawName(), a.orgId(), a.addedAt()));
      System.out.printf("%d alias(es)%n", aliases.size());
      return 0;
    }
  }

  /** {@code kczg alias remove "<raw name>"}. */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove the alias of a raw name.")
  static final class Remove implements Callable<Integer> {
    @Mixin GlobalOptions options;

    @Parameters(
        index = "0",
        paramLabel = "RAW_NAME",
        description = "The name whose alias goes (quote it).")
    String rawName;

    @Override
    public Integer call() {
      Engine engine = new Engine(options);
      try (WarehouseLock lock = engine.lock("alias remove")) {
        new AliasTable(engine.warehouse()).remove(rawName);
        System.out.printf("alias removed: %s%n", rawName);
        return 0;
      }
    }
  }
}
