package cn.kczg.jobs.schedule;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.delivery.Delivery;
import cn.kczg.jobs.delivery.Report;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the two scheduled jobs do, each pass alone on the warehouse ({@link WarehouseGate}):
 *
 * <ul>
 *   <li>{@link #inboxPass()}: ingest the drop folders the {@link InboxWatcher} finds complete, then
 *       retry unsent mail that is due;
 *   <li>{@link #reportPass()}: for each program, when the {@link RunLedger} says a week is due,
 *       produce it, file it in the outbox, record it, and mail it.
 * </ul>
 */
public final class ServePasses {
  private final ServeConfig config;
  private final ServeTasks tasks;
  private final InboxWatcher watcher;
  private final RunLedger ledger;
  private final Delivery delivery;
  private final WarehouseGate gate;
  private final Clock clock;
  private final Consumer<String> log;

  public ServePasses(
      ServeConfig config,
      ServeTasks tasks,
      InboxWatcher watcher,
      RunLedger ledger,
      Delivery delivery,
      WarehouseGate gate,
      Clock clock,
      Consumer<String> log) {
    this.config = requireNonNull(config, "config is null");
    this.tasks = requireNonNull(tasks, "tasks is null");
    this.watcher = requireNonNull(watcher, "watcher is null");
    this.ledger = requireNonNull(ledger, "ledger is null");
    this.delivery = requireNonNull(delivery, "delivery is null");
    this.gate = requireNonNull(gate, "gate is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.log = requireNonNull(log, "log is null");
  }

  /** Ingests complete new drops; returns how many drop folders were ingested. */
  public int inboxPass() throws InterruptedException {
    List<InboxWatcher.Drop> ready = watcher.readyDrops();
    return gate.run(
        "inbox watch",
        () -> {
          if (!ready.isEmpty()) {
            log.accept(
                "inbox: "
                    + ready.size()
                    + " complete drop folder(s): "
                    + String.join(
                        ", ",
                        ready.stream().map(d -> d.folder().getFileName().toString()).toList()));
            List<Path> folders = ready.stream().map(InboxWatcher.Drop::folder).toList();
            long start = System.nanoTime();
            tasks.ingest(folders).forEach(line -> log.accept("inbox: " + line));
            log.accept(
                String.format("inbox: ingested in %.1f s", (System.nanoTime() - start) / 1e9));
            watcher.remember(ready);
          }
          delivery.retryUnsent();
          return ready.size();
        });
  }

  /** Produces and delivers each program's due week; returns the reports made. */
  public List<Report> reportPass() throws InterruptedException {
    return gate.run(
        "weekly report",
        () -> {
          List<Report> made = new ArrayList<>();
          for (String program : config.programs()) {
            try {
              reportIfDue(program).ifPresent(made::add);
            } catch (RuntimeException e) {
              // One program's failure (say, a broken rulebook) must not keep the others' reports
              // back.
              log.accept(
                  "weekly report: "
                      + program
                      + " failed: "
                      + e.getMessage()
                      + "; `kczg serve --once` or the next firing tries again");
            }
          }
          delivery.retryUnsent();
          return made;
        });
  }

  private Optional<Report> reportIfDue(String program) {
    Optional<LocalDate> week =
        tasks.dataDates(program) instanceof ServeTasks.Dated d
            ? ledger.due(program, d.dates())
            : ledger.dueThisWeek(program, LocalDate.ofInstant(clock.instant(), config.timeZone()));
    if (week.isEmpty()) {
      log.accept(
          "weekly report: "
              + program
              + " has no new data since week "
              + ledger
                  .lastReported(program)
                  .map(LocalDate::toString)
                  .orElse("(none: the warehouse is empty)")
              + "; nothing to do");
      return Optional.empty();
    }
    log.accept(
        "weekly report: "
            + program
            + " week "
            + week.get()
            + " (the newest drop not yet reported)");
    long start = System.nanoTime();
    Report report = tasks.report(program, week.get());
    log.accept(
        String.format(
            "weekly report: %s week %s computed and written in %.1f s",
            program, week.get(), (System.nanoTime() - start) / 1e9));
    Path filed = delivery.file(report);
    ledger.record(program, week.get(), clock.instant());
    delivery.send(filed);
    return Optional.of(report);
  }

  /** {@code serve --once}: what is due now (new drops, then unreported weeks), then return. */
  public void once() throws InterruptedException {
    inboxPass();
    reportPass();
  }
}
