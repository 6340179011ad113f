package cn.kczg.jobs.cli;

import cn.kczg.jobs.alias.AliasTable;
import cn.kczg.jobs.integrity.IntegrityRun;
import cn.kczg.jobs.metrics.MainStates;
import cn.kczg.jobs.metrics.RegistryHistory;
import cn.kczg.jobs.run.IntegrityModels;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.jobs.store.WarehouseLock;
import cn.kczg.reports.chart.ActivityChart;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.integrity.IntegrityRules;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.program.Rulebook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kczg chart ORG_ID [--as-of D]}: draws one organization's daily activity chart on demand,
 * as a run would have drawn it (the same days, the burst days marked), into {@code
 * OUT/<program>/<as-of>/integrity/<ORG_ID>.png}. A run draws the charts of the flagged
 * organizations people look at; integrity.csv and the workbook name this command for the others.
 */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    description = {
      "Draw one organization's daily activity chart (the last 8 weeks, burst days marked) as of a",
      "date, into OUT/<program>/<as-of>/integrity/<ORG_ID>.png."
    })
final class ChartCommand implements Callable<Integer> {
  @Mixin GlobalOptions options;

  @Parameters(index = "0", paramLabel = "ORG_ID", description = "The organization's id (机构编码).")
  String orgId;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "The date the chart ends at (default: the newest drop).")
  LocalDate asOf;

  @Option(
      names = "--program",
      paramLabel = "ID",
      description =
          "The program whose checks mark the days (default: default_program of kczg.properties).")
  String program;

  @Override
  public Integer call() {
    Engine engine = new Engine(options).checkOut();
    Rulebook rulebook = engine.rulebooks().get(program != null ? program : engine.defaultProgram());
    try (WarehouseLock lock = engine.lock("chart " + orgId)) {
      Warehouse warehouse = engine.warehouse();
      LocalDate date = asOf != null ? asOf : RunCommand.newestDrop(engine);
      List<LocalDate> drops =
          new Ledger(warehouse).dropDates().stream().filter(d -> !d.isAfter(date)).toList();
      RegistryHistory registry = RegistryHistory.load(warehouse);
      Organization org =
          registry.asOf(date).stream()
              .filter(o -> o.orgId().equals(orgId))
              .findFirst()
              .orElseThrow(
                  () ->
                      Errors.badArgument(
                          cn.kczg.schemas.messages.Messages.current()
                              .text("error.chart.no_org", orgId, date)));
      IntegrityRules rules = IntegrityRules.of(rulebook.sections());
      MainStates states =
          MainStates.at(
              warehouse,
              registry,
              new AliasTable(warehouse).asMap(),
              date,
              IntegrityRun.request(rules, drops));
      IntegrityRun.Activity activity =
          IntegrityRun.activityOf(rules, states, drops, rulebook.deadline(), orgId);
      Path folder = engine.out().resolve(rulebook.id()).resolve(date.toString());
      Path file =
          ActivityChart.writeAll(
                  List.of(IntegrityModels.activity(orgId, org.name(), date, activity)), folder)
              .get(0);
      System.out.println(file);
      return 0;
    }
  }
}
