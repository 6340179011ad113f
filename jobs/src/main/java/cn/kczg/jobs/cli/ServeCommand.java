package cn.kczg.jobs.cli;

import cn.kczg.jobs.delivery.Delivery;
import cn.kczg.jobs.delivery.Outbox;
import cn.kczg.jobs.programs.ProgramTypes;
import cn.kczg.jobs.schedule.InboxWatcher;
import cn.kczg.jobs.schedule.RunLedger;
import cn.kczg.jobs.schedule.ServeConfig;
import cn.kczg.jobs.schedule.ServePasses;
import cn.kczg.jobs.schedule.ServeScheduler;
import cn.kczg.jobs.schedule.ServeSettings;
import cn.kczg.jobs.schedule.Sleeper;
import cn.kczg.jobs.schedule.WarehouseGate;
import cn.kczg.schemas.program.Rulebook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kczg serve [--config FILE] [--once]}. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the engine as a service: ingest new drops from the inbox as they arrive, and produce,",
      "file and mail the weekly report on a schedule (default Monday 08:00, Asia/Shanghai).",
      "The schedule is kept in <warehouse>/_state/scheduler, so a restart resumes it; a weekly report",
      "missed while the service was down is produced once, for the newest week not yet reported.",
      "Stop with Ctrl-C or SIGTERM: a running job is allowed to finish."
    })
final class ServeCommand implements Callable<Integer> {
  /**
   * Runs before Spark's own shutdown hook (priority 40 in Hadoop's manager), so jobs finish with
   * Spark up.
   */
  private static final int SHUTDOWN_PRIORITY = 100;

  @Mixin GlobalOptions options;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Serve config, YAML or .properties (default: <warehouse>/serve.yaml when it exists, else all defaults).")
  Path config;

  @Option(
      names = "--once",
      description =
          "Do what is due now (ingest new drops, report unreported weeks, retry unsent mail) and exit.")
  boolean once;

  @Option(
      names = "--test-mail",
      description =
          "Send one test message to every recipient of the config (mail.to and mail.channels.*)"
              + " to check the mail settings, then exit.")
  boolean testMail;

  @Override
  public Integer call() throws InterruptedException {
    Engine engine = new Engine(options, !once).checkOut();
    ServeConfig settings =
        ServeSettings.load(
            configFile(engine), reportable(engine), engine.defaultProgram(), System::getenv);
    if (testMail) {
      return TestMail.send(settings, System.out);
    }
    Path state = engine.localWarehouse().resolve("_state");
    ServePasses passes = passes(engine, settings, state);
    if (once) {
      passes.once();
      return 0;
    }
    return serve(engine, settings, state, passes);
  }

  private int serve(Engine engine, ServeConfig settings, Path state, ServePasses passes)
      throws InterruptedException {
    ServeScheduler scheduler = ServeScheduler.open(state, settings, passes, engine::log);
    CountDownLatch stopped = new CountDownLatch(1);
    org.apache.hadoop.util.ShutdownHookManager.get()
        .addShutdownHook(
            () -> {
              engine.log("serve: stopping; waiting for a running job to finish");
              scheduler.close();
              engine.log("serve: stopped");
              stopped.countDown();
            },
            SHUTDOWN_PRIORITY,
            6,
            TimeUnit.HOURS);
    scheduler.schedule(settings);
    engine.log(
        "serve: watching "
            + settings.inbox()
            + " every "
            + settings.inboxEvery().toSeconds()
            + " s; weekly report '"
            + settings.weeklyCron()
            + "' ("
            + settings.timeZone()
            + ") for "
            + String.join(", ", settings.programs())
            + "; outbox "
            + settings.outbox()
            + (settings.mail().enabled() ? "; mail to " + settings.mail().to() : ""));
    scheduler.start();
    stopped.await();
    return 0;
  }

  static ServePasses passes(Engine engine, ServeConfig settings, Path state) {
    createDirectories(state);
    Clock clock = Clock.systemUTC();
    Delivery delivery = Delivery.smtp(new Outbox(settings.outbox()), settings.mail(), engine::log);
    WarehouseGate gate =
        new WarehouseGate(engine::lock, settings.lockWait(), Sleeper.real(), engine::log);
    InboxWatcher watcher =
        new InboxWatcher(settings.inbox(), state, settings.settle(), Sleeper.real(), engine::log);
    return new ServePasses(
        settings,
        new EngineTasks(engine, settings.programInputs(), settings.mail().channels().keySet()),
        watcher,
        new RunLedger(state),
        delivery,
        gate,
        clock,
        engine::log);
  }

  private Path configFile(Engine engine) {
    if (config != null) {
      return config;
    }
    Path beside = engine.localWarehouse().resolve("serve.yaml");
    return Files.isRegularFile(beside) ? beside : null;
  }

  /** Programs a weekly report can run: every rulebook whose type the engine has. */
  private static List<String> reportable(Engine engine) {
    return engine.rulebooks().all().stream()
        .filter(b -> ProgramTypes.find(b.type()).isPresent())
        .map(Rulebook::id)
        .toList();
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
