package cn.kczg.jobs.schedule;

import cn.kczg.jobs.delivery.Delivery;
import cn.kczg.jobs.delivery.Outbox;
import cn.kczg.jobs.store.WarehouseLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Test wiring: a config from a properties file in a temp folder, and passes over fake tasks. */
final class Serving {
  final Path root;
  final Path state;
  final ServeConfig config;
  final List<String> log = new CopyOnWriteArrayList<>();

  /** Config under {@code root} (inbox/, outbox/, warehouse/_state/) with the given keys changed. */
  Serving(Path root, Map<String, String> settings) {
    this.root = root;
    this.state = root.resolve("warehouse/_state");
    try {
      Files.createDirectories(state);
      Files.createDirectories(root.resolve("inbox"));
      Path file = root.resolve("serve.properties");
      Files.writeString(
          file,
          settings.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("\n")));
      this.config = ServeSettings.load(file, List.of("hengyang-2022"), "hengyang-2022", k -> null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ServePasses passes(ServeTasks tasks) {
    Delivery delivery = Delivery.smtp(new Outbox(config.outbox()), config.mail(), log::add);
    WarehouseGate gate =
        new WarehouseGate(
            p -> WarehouseLock.acquire(state, p), config.lockWait(), Sleeper.real(), log::add);
    InboxWatcher watcher =
        new InboxWatcher(config.inbox(), state, config.settle(), Sleeper.real(), log::add);
    return new ServePasses(
        config, tasks, watcher, new RunLedger(state), delivery, gate, Clock.systemUTC(), log::add);
  }

  ServeScheduler open(ServeTasks tasks) {
    return ServeScheduler.open(state, config, passes(tasks), log::add);
  }
}
