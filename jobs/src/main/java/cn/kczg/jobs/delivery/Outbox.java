package cn.kczg.jobs.delivery;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder reports are delivered to, one folder per program and week:
 *
 * <pre>
 * outbox/hengyang-2022/2022-07-11/   a copy of out/hengyang-2022/2022-07-11/ (workbook, charts, CSV …)
 *                                    summary.txt          the Chinese summary (the mail body)
 *                                    delivery.properties  state=filed|unsent|sent, attempts, last_error …
 * </pre>
 *
 * The status file is written last, so a folder without one is an interrupted filing and is filed
 * again by the next pass.
 */
public final class Outbox {
  /** The summary's file name beside the report. */
  public static final String SUMMARY = "summary.txt";

  private final Path root;

  public Outbox(Path root) {
    this.root = requireNonNull(root, "root is null");
  }

  /** The outbox folder of a program's week. */
  public Path folderOf(String program, LocalDate week) {
    return root.resolve(program).resolve(week.toString());
  }

  /**
   * Copies a report into the outbox (replacing an earlier copy of the same week) and returns its
   * folder.
   */
  public Path file(Report report, boolean toBeMailed) {
    Path target = folderOf(report.program(), report.asOf());
    try {
      copyTree(report.folder(), target);
      Files.writeString(target.resolve(SUMMARY), report.summary(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DeliveryStatus.filed(report.title(), toBeMailed).write(target);
    return target;
  }

  /** The report held in an outbox folder, as filed. */
  public Report report(Path folder) {
    try {
      String summary = Files.readString(folder.resolve(SUMMARY), StandardCharsets.UTF_8);
      return new Report(
          folder.getParent().getFileName().toString(),
          status(folder).title(),
          LocalDate.parse(folder.getFileName().toString()),
          folder,
          summary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A report folder's mail state. */
  public DeliveryStatus status(Path folder) {
    return DeliveryStatus.read(folder);
  }

  void record(Path folder, DeliveryStatus status) {
    status.write(folder);
  }

  /** Report folders waiting to be mailed, oldest week first. */
  public List<Path> unsent() {
    List<Path> out = new ArrayList<>();
    for (Path folder : weeks()) {
      if (status(folder).state() == DeliveryStatus.State.UNSENT) {
        out.add(folder);
      }
    }
    return out;
  }

  private List<Path> weeks() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root, 3)) {
      return files
          .filter(p -> p.getFileName().toString().equals(DeliveryStatus.FILE))
          .map(Path::getParent)
          .sorted(
              Comparator.comparing((Path p) -> p.getFileName().toString())
                  .thenComparing(Comparator.naturalOrder()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
