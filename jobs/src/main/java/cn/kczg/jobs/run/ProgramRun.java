package cn.kczg.jobs.run;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.forecast.Forecaster;
import cn.kczg.jobs.integrity.Adjustments;
import cn.kczg.jobs.integrity.Figures;
import cn.kczg.jobs.integrity.Findings;
import cn.kczg.jobs.integrity.IntegrityReport;
import cn.kczg.jobs.integrity.IntegrityRun;
import cn.kczg.jobs.metrics.AsOfCounts;
import cn.kczg.jobs.metrics.Counting;
import cn.kczg.jobs.metrics.MainStates;
import cn.kczg.jobs.metrics.RegistryHistory;
import cn.kczg.jobs.metrics.SnapshotCheck;
import cn.kczg.jobs.selection.LeagueTable;
import cn.kczg.jobs.selection.Progress;
import cn.kczg.jobs.selection.Selection;
import cn.kczg.jobs.selection.Shortlister;
import cn.kczg.jobs.spark.Spark;
import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.integrity.IntegrityRules;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.QuarantineRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;

/**
 * Computes an indicator-targets program as of a date: counts (one Spark job over all drop dates up
 * to the as-of, for rank change and trends), progress, league tables, selection. Stores the
 * per-organization metrics in the warehouse; writing files is the caller's.
 */
public final class ProgramRun {
  private final Warehouse warehouse;
  private final Consumer<String> log;
  private final Map<String, String> aliases;
  private boolean overlapStores;

  public ProgramRun(Warehouse warehouse, Map<String, String> aliases, Consumer<String> log) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.aliases = Map.copyOf(aliases);
    this.log = requireNonNull(log, "log is null");
  }

  /**
   * Lets the writes of {@code org_counts} and {@code org_metrics} (a Delta commit each, with its
   * own Spark jobs) go on while the caller writes the outputs; the caller then calls {@link
   * RunResult#awaitStored} before it records table versions. Otherwise {@link #execute} returns
   * when they are done. Each write is one commit to its own table, so the two may run at once.
   */
  public ProgramRun overlappingStores() {
    overlapStores = true;
    return this;
  }

  /** Runs the program as of {@code asOf}. */
  public RunResult execute(Rulebook rulebook, LocalDate asOf) {
    // Two threads beside the caller's: the quarantine read, then the two writes. A small run's
    // Spark jobs are mostly driver work on one thread each, so on two cores they overlap well
    // (BENCHMARKS.md, "Weekly report in `serve` under 3 s").
    ExecutorService background =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "kczg-background");
              t.setDaemon(true);
              return t;
            });
    try {
      RunResult result = execute(rulebook, asOf, background);
      if (!overlapStores) {
        result.awaitStored();
      }
      return result;
    } finally {
      background.shutdown(); // what was submitted still runs
    }
  }

  private RunResult execute(Rulebook rulebook, LocalDate asOf, ExecutorService background) {
    if (warehouse.pinnedVersions().isEmpty()) {
      new Ledger(warehouse).recoverUnfinished(log); // an ingest killed before its commit
    }
    List<LocalDate> drops = new Ledger(warehouse).dropDates();
    List<LocalDate> upTo = drops.stream().filter(d -> !d.isAfter(asOf)).toList();
    if (upTo.isEmpty()) {
      throw Errors.noData(
          drops.isEmpty()
              ? cn.kczg.schemas.messages.Messages.current()
                  .text("error.run.no_data_empty", asOf, warehouse.root())
              : cn.kczg.schemas.messages.Messages.current()
                  .text("error.run.no_data_earliest", asOf, drops.get(0)));
    }
    log.accept(
        "run "
            + rulebook.id()
            + ": "
            + drops.size()
            + " drop(s) in the warehouse; reading the registry");
    Spark.sizeShuffle(warehouse.spark(), new Ledger(warehouse).rowsStored(asOf));
    RegistryHistory registry = RegistryHistory.load(warehouse);
    List<Organization> orgs = registry.asOf(asOf);
    if (orgs.isEmpty()) {
      throw Errors.noData(
          cn.kczg.schemas.messages.Messages.current().text("error.run.no_registry", asOf));
    }
    // The quarantined rows of the drops up to the as-of depend on nothing computed here.
    SparkSession spark = warehouse.spark();
    CompletableFuture<List<QuarantineRow>> quarantined =
        CompletableFuture.supplyAsync(
            () -> {
              SparkSession.setActiveSession(spark);
              return QuarantineListing.ingested(warehouse, asOf);
            },
            background);
    LocalDate dataDate = upTo.get(upTo.size() - 1);
    LocalDate previous = upTo.size() > 1 ? upTo.get(upTo.size() - 2) : null;
    SnapshotCheck snapshots = SnapshotCheck.load(warehouse, asOf);
    int window = ((Number) rulebook.sections().getOrDefault("forecast_window", 4)).intValue();
    TreeSet<LocalDate> history = historyDates(upTo, asOf);
    IntegrityRules rules = IntegrityRules.of(rulebook.sections());
    // The checks read each item's state at the as-of date; the withdrawals among them name the
    // drops whose counts the withdrawal check compares, so they are found before the counting.
    MainStates states =
        rules.any()
            ? MainStates.at(warehouse, registry, aliases, asOf, IntegrityRun.request(rules, upTo))
            : null;
    TreeSet<LocalDate> dates = detailDates(history, asOf, previous, window);
    dates.addAll(snapshots.dates());
    if (states != null) {
      dates.addAll(states.withdrawalDates());
    }
    log.accept(
        "run "
            + rulebook.id()
            + " as of "
            + asOf
            + ": counting items at "
            + dates.size()
            + " date(s), totals at "
            + history.size());
    AsOfCounts counts =
        new Counting(warehouse, registry, aliases)
            .execute(new ArrayList<>(dates), asOf, new ArrayList<>(history));
    IntegrityRun.Gathered checks;
    if (states != null) {
      // Whether a withdrawal took a target from met to missed reads only unadjusted figures and
      // targets, known now: the checks then read the daily counts of exactly the organizations
      // they flag.
      Figures unadjusted =
          Figures.of(
              ranked(rulebook, orgs, id -> counts.of(asOf, id)).rows(),
              counts.byDate(),
              Adjustments.none());
      checks =
          IntegrityRun.gather(
              rules, states, upTo, rulebook.deadline(), w -> Findings.flipped(w, unadjusted));
    } else {
      checks = IntegrityRun.Gathered.none(rules);
    }
    SnapshotCheck.Outcome checked = snapshots.compare(registry, aliases, counts);
    log.accept("run " + rulebook.id() + ": integrity checks took " + checks.millis() + " ms");
    Adjustments policy = checks.policy();
    List<OrgProgress> before =
        previous == null
            ? List.of()
            : ranked(rulebook, registry.asOf(previous), id -> counts.of(previous, id)).rows();
    Map<String, Integer> previousRanks = LeagueTable.ranks(before);
    Ranked now = ranked(rulebook, orgs, id -> policy.apply(id, counts.of(asOf, id)));
    List<OrgProgress> progress = LeagueTable.rank(rulebook, now.rows(), previousRanks);
    Selection selection = Shortlister.select(rulebook, progress);
    Map<String, Organization> byId = new LinkedHashMap<>();
    orgs.forEach(o -> byId.put(o.orgId(), o));
    log.accept("run " + rulebook.id() + ": storing per-organization metrics");
    CompletableFuture<Void> metricsStored =
        CompletableFuture.runAsync(
            () -> {
              SparkSession.setActiveSession(spark);
              new MetricsTable(warehouse).store(rulebook.id(), asOf, progress);
            },
            background);
    // Forecast points are the drops (and the as-of date), not the dates snapshots happen to carry.
    Map<LocalDate, Map<String, IndicatorCounts>> recent = history(counts, history);
    IntegrityReport integrity =
        new IntegrityReport(checks.findings(Figures.of(progress, counts.byDate(), policy)), checks);
    return new RunResult(
        rulebook,
        asOf,
        dataDate,
        previous,
        progress,
        selection,
        byId,
        counts.totals().entrySet().stream()
            .filter(e -> !e.getKey().isAfter(dataDate))
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new)),
        counts.unattributed(),
        now.problems(),
        recent,
        QuarantineListing.build(RunResult.joined(quarantined), asOf, counts, checked.unknown()),
        checked.differences(),
        new Forecaster(window).forecast(progress, recent, asOf, rulebook.deadline()),
        LeagueTable.byChannel(progress, before),
        integrity,
        metricsStored);
  }

  private static TreeSet<LocalDate> historyDates(List<LocalDate> drops, LocalDate asOf) {
    TreeSet<LocalDate> out = new TreeSet<>(drops);
    out.add(asOf);
    return out;
  }

  private record Ranked(List<OrgProgress> rows, List<String> problems) {}

  private static Ranked ranked(
      Rulebook rulebook, List<Organization> orgs, Function<String, IndicatorCounts> counts) {
    Progress.Computed c = Progress.compute(rulebook, orgs, counts);
    return new Ranked(LeagueTable.rank(rulebook, c.rows(), Map.of()), c.problems());
  }

  /**
   * The dates each organization's counts are needed at: the as-of date, the drop before it (rank
   * change, change since last week) and the forecast's window of latest dates.
   */
  private static TreeSet<LocalDate> detailDates(
      TreeSet<LocalDate> history, LocalDate asOf, LocalDate previous, int window) {
    TreeSet<LocalDate> out = new TreeSet<>();
    out.add(asOf);
    if (previous != null) {
      out.add(previous);
    }
    history.descendingSet().stream().limit(Math.max(2, window)).forEach(out::add);
    return out;
  }

  /** The counts at those of {@code dates} they were counted at. */
  private static Map<LocalDate, Map<String, IndicatorCounts>> history(
      AsOfCounts counts, java.util.Collection<LocalDate> dates) {
    Map<LocalDate, Map<String, IndicatorCounts>> out = new TreeMap<>();
    dates.stream()
        .filter(counts.byDate()::containsKey)
        .forEach(d -> out.put(d, counts.byDate().get(d)));
    return out;
  }
}
