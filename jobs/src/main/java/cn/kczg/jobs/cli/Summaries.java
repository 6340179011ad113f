package cn.kczg.jobs.cli;

import cn.kczg.jobs.ingest.DropResult;
import cn.kczg.jobs.ingest.FileOutcome;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.schemas.program.CategoryRule;
import cn.kczg.schemas.result.ChannelFill;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The short tables commands print for people. */
final class Summaries {
  private Summaries() {}

  static void printIngest(PrintStream out, List<DropResult> drops) {
    Map<String, Long> reasons = new TreeMap<>();
    for (DropResult d : drops) {
      long stored = d.files().stream().mapToLong(FileOutcome::stored).sum();
      long unchanged = d.files().stream().mapToLong(FileOutcome::unchanged).sum();
      long quarantined = d.files().stream().mapToLong(FileOutcome::quarantined).sum();
      long ingested =
          d.files().stream().filter(f -> f.status() == FileOutcome.Status.INGESTED).count();
      out.printf(
          "drop %-22s %2d file(s) ingested, %7d new or changed, %7d unchanged, %4d quarantined%s%n",
          d.folder(),
          ingested,
          stored,
          unchanged,
          quarantined,
          d.unchanged() ? "  (nothing new)" : "");
      for (FileOutcome f : d.files()) {
        if (f.status() != FileOutcome.Status.INGESTED) {
          out.printf(
              "     %-10s %s: %s%n",
              f.status().name().toLowerCase(java.util.Locale.ROOT), f.file(), f.message());
        }
        f.notes().forEach(n -> out.printf("     %-10s %s%n", "note", n));
      }
      d.quarantineByReason().forEach((r, n) -> reasons.merge(r, n, Long::sum));
    }
    if (!reasons.isEmpty()) {
      out.println("quarantined rows by reason: " + reasons);
    }
  }

  static void printRun(PrintStream out, RunResult r, Path folder) {
    out.printf(
        "%n%s — %s, as of %s (data of drop %s)%n",
        r.rulebook().id(), r.rulebook().title(), r.asOf(), r.dataDate());
    out.printf("%-10s %6s %9s %12s%n", "category", "orgs", "meet all", "shortlisted");
    int orgs = 0;
    int met = 0;
    int listed = 0;
    for (CategoryRule c : r.rulebook().categories()) {
      long n = r.progress().stream().filter(p -> p.category().equals(c.name())).count();
      long m =
          r.progress().stream().filter(p -> p.category().equals(c.name()) && p.metAll()).count();
      long s =
          r.selection().shortlist().stream().filter(e -> e.category().equals(c.name())).count();
      out.printf("%s %6d %9d %8d / %d%n", pad(c.name()), n, m, s, c.quota());
      orgs += (int) n;
      met += (int) m;
      listed += (int) s;
    }
    out.printf("%-10s %6d %9d %8d%n", "total", orgs, met, listed);
    long full = r.selection().channels().stream().filter(c -> c.unfilled() == 0).count();
    int unfilled = r.selection().channels().stream().mapToInt(ChannelFill::unfilled).sum();
    out.printf(
        "channels: %d of %d full, %d slot(s) unfilled%n",
        full, r.selection().channels().size(), unfilled);
    if (!r.unknownOrgs().isEmpty()) {
      long items = r.unknownOrgs().stream().mapToLong(u -> u.items()).sum();
      out.printf(
          "unattributed: %d item(s) under %d unknown organization name(s); see quarantine.csv%n",
          items, r.unknownOrgs().stream().map(u -> u.nameKey()).distinct().count());
    }
    if (!r.quarantine().isEmpty()) {
      Map<String, Long> reasons = new TreeMap<>();
      r.quarantine().forEach(q -> reasons.merge(q.reason(), 1L, Long::sum));
      out.printf(
          "quarantine: %d row(s) by reason %s; confirm unknown names with `kczg alias add`%n",
          r.quarantine().size(), reasons);
    }
    if (!r.snapshotDifferences().isEmpty()) {
      out.printf(
          "snapshots: %d figure(s) differ from the item exports (item exports are used)%n",
          r.snapshotDifferences().size());
    }
    printProblems(out, r.problems(), r.selection().notes());
    out.println("outputs: " + folder.toAbsolutePath());
  }

  /**
   * One line per registry problem (each already covers every organization it affects), then notes.
   */
  static void printProblems(PrintStream out, List<String> problems, List<String> notes) {
    problems.forEach(p -> out.println("registry problem: " + p));
    notes.forEach(n -> out.println("note: " + n));
  }

  /** Pads text to ten display columns; each CJK character takes two. */
  private static String pad(String s) {
    int width = s.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    return s + " ".repeat(Math.max(0, 10 - width));
  }
}
