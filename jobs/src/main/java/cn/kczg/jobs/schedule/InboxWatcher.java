package cn.kczg.jobs.schedule;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.text.Dates;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds the drop folders of an inbox that are new or changed and completely copied.
 *
 * <p><b>The complete-file rule.</b> A drop folder ({@code inbox/2022-07-18/}) is taken when
 *
 * <ol>
 *   <li>its files differ from when it was last ingested (names, sizes, modification times; a
 *       fingerprint per folder is kept in {@code <warehouse>/_state/inbox-watch.properties}),
 *   <li>it holds no file that is still being written by a copy tool: {@code *.part}, {@code
 *       *.partial}, {@code *.tmp}, {@code *.crdownload}, {@code *.filepart}, {@code *.download} or
 *       an Office lock file {@code ~$…} (other hidden files, {@code .…}, are left out),
 *   <li>and the size and modification time of every file are the same at two looks {@code
 *       inbox_watch.settle_seconds} apart.
 * </ol>
 *
 * A folder failing 2 or 3 is left for the next pass. Copying into a hidden or {@code .part} name
 * and renaming at the end makes a drop safe at once.
 */
public final class InboxWatcher {
  private static final List<String> IN_PROGRESS =
      List.of(".part", ".partial", ".tmp", ".crdownload", ".filepart", ".download");
  private final Path inbox;
  private final Path stateFile;
  private final Duration settle;
  private final Sleeper sleeper;
  private final Consumer<String> log;

  /** A drop folder ready to ingest, with the fingerprint it had when found ready. */
  public record Drop(Path folder, String fingerprint) {}

  public InboxWatcher(
      Path inbox, Path stateDir, Duration settle, Sleeper sleeper, Consumer<String> log) {
    this.inbox = requireNonNull(inbox, "inbox is null");
    this.stateFile = requireNonNull(stateDir, "stateDir is null").resolve("inbox-watch.properties");
    this.settle = requireNonNull(settle, "settle is null");
    this.sleeper = requireNonNull(sleeper, "sleeper is null");
    this.log = requireNonNull(log, "log is null");
  }

  /** New or changed drop folders whose files are complete, oldest date first. */
  public List<Drop> readyDrops() throws InterruptedException {
    Properties seen = seen();
    List<Drop> candidates = new ArrayList<>();
    for (Path folder : dropFolders()) {
      String first = fingerprint(folder);
      if (!first.equals(seen.getProperty(folder.getFileName().toString()))
          && waitingFor(folder).isEmpty()) {
        candidates.add(new Drop(folder, first));
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    sleeper.sleep(settle);
    return candidates.stream().filter(this::unchanged).toList();
  }

  private List<String> waitingFor(Path folder) {
    List<String> partial =
        files(folder).stream()
            .map(p -> p.getFileName().toString())
            .filter(InboxWatcher::beingCopied)
            .toList();
    if (!partial.isEmpty()) {
      log.accept(
          "inbox: "
              + folder.getFileName()
              + " is still being copied ("
              + String.join(", ", partial)
              + "); next pass");
    } else if (files(folder).isEmpty()) {
      return List.of("(empty)");
    }
    return partial;
  }

  private boolean unchanged(Drop drop) {
    boolean same =
        drop.fingerprint().equals(fingerprint(drop.folder()))
            && waitingFor(drop.folder()).isEmpty();
    if (!same) {
      log.accept(
          "inbox: "
              + drop.folder().getFileName()
              + " changed within "
              + settle.toSeconds()
              + " s; still being copied, next pass");
    }
    return same;
  }

  /** Records drops as ingested, so later passes leave them alone until their files change. */
  public void remember(List<Drop> drops) {
    Properties seen = seen();
    drops.forEach(d -> seen.setProperty(d.folder().getFileName().toString(), d.fingerprint()));
    try {
      Files.createDirectories(stateFile.getParent());
      Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        seen.store(
            w,
            "kczg serve: fingerprint (files, sizes, times) of each drop folder when last ingested");
      }
      Files.move(
          tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True for names copy tools and editors use for a file not yet complete. */
  static boolean beingCopied(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("~$") || IN_PROGRESS.stream().anyMatch(lower::endsWith);
  }

  private List<Path> dropFolders() {
    if (!Files.isDirectory(inbox)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(inbox)) {
      return children
          .filter(Files::isDirectory)
          .filter(p -> Dates.dropDate(p.getFileName().toString()).isPresent())
          .sorted(
              Comparator.comparing(
                      (Path p) -> Dates.dropDate(p.getFileName().toString()).orElseThrow())
                  .thenComparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names, sizes and modification times of a folder's files, as one text. */
  static String fingerprint(Path folder) {
    TreeMap<String, String> entries = new TreeMap<>();
    for (Path f : files(folder)) {
      try {
        entries.put(
            f.getFileName().toString(),
            Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis());
      } catch (IOException e) {
        entries.put(f.getFileName().toString(), "gone");
      }
    }
    return entries.toString();
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              p ->
                  !p.getFileName().toString().startsWith(".")
                      || beingCopied(p.getFileName().toString()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Properties seen() {
    Properties p = new Properties();
    if (Files.isRegularFile(stateFile)) {
      try (Reader r = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return p;
  }
}
