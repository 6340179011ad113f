package cn.kczg.jobs.schedule;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which weekly reports were produced, in {@code <warehouse>/_state/report-ledger.csv} (one line per
 * report: {@code program,as_of,produced_at}). It decides the week a report is for:
 *
 * <p><b>Catch-up rule.</b> A program is due when the newest drop in the warehouse is newer than its
 * newest reported week; the report is then made as of that newest drop, once. So after a downtime
 * of three weeks there is one report, for the newest data, not three; and a trigger that fires late
 * (at "now") still reports the week the data says, never the fire time.
 */
public final class RunLedger {
  private static final String HEADER = "program,as_of,produced_at";
  private final Path file;

  public RunLedger(Path stateDir) {
    this.file = requireNonNull(stateDir, "stateDir is null").resolve("report-ledger.csv");
  }

  /** The week due for a program given the warehouse's drop dates (ascending), if any. */
  public Optional<LocalDate> due(String program, List<LocalDate> dropDates) {
    if (dropDates.isEmpty()) {
      return Optional.empty();
    }
    LocalDate newest = dropDates.get(dropDates.size() - 1);
    Optional<LocalDate> last = lastReported(program);
    return last.isPresent() && !newest.isAfter(last.get()) ? Optional.empty() : Optional.of(newest);
  }

  /**
   * The day due for a program whose data holds no dates: {@code today}, unless a report of it was
   * made in the same week (Monday to Sunday), so a weekly firing reports once a week.
   */
  public Optional<LocalDate> dueThisWeek(String program, LocalDate today) {
    LocalDate monday = today.with(java.time.DayOfWeek.MONDAY);
    Optional<LocalDate> last = lastReported(program);
    return last.isPresent() && !last.get().isBefore(monday) ? Optional.empty() : Optional.of(today);
  }

  /** The newest week reported for a program. */
  public Optional<LocalDate> lastReported(String program) {
    return entries().stream()
        .filter(e -> e.program().equals(program))
        .map(Entry::asOf)
        .max(LocalDate::compareTo);
  }

  /**
   * Records a report as produced (written via a temporary file, so a crash never leaves half a
   * line).
   */
  public void record(String program, LocalDate asOf, Instant producedAt) {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    entries().forEach(e -> lines.add(e.line()));
    lines.add(new Entry(program, asOf, producedAt).line());
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every report recorded, in the order produced. */
  public List<Entry> entries() {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .skip(1)
          .filter(l -> !l.isBlank())
          .map(Entry::parse)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One produced report.
   *
   * @param program the program id
   * @param asOf the week (drop date) reported
   * @param producedAt when it was produced
   */
  public record Entry(String program, LocalDate asOf, Instant producedAt) {
    String line() {
      return program + "," + asOf + "," + producedAt;
    }

    static Entry parse(String line) {
      String[] cells = line.split(",", -1);
      return new Entry(cells[0], LocalDate.parse(cells[1]), Instant.parse(cells[2]));
    }
  }
}
