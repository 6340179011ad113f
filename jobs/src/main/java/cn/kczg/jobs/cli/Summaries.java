package cn.kczg.jobs.cli;

import cn.kczg.jobs.ingest.DropResult;
import cn.kczg.jobs.ingest.FileOutcome;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.reports.text.DisplayWidth;
import cn.kczg.reports.text.QuarantineText;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.program.CategoryRule;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.IndicatorForecast;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The short tables commands print for people, in the process's language. */
final class Summaries {
  private Summaries() {}

  static void printIngest(PrintStream out, List<DropResult> drops) {
    Messages m = Messages.current();
    Map<String, Long> reasons = new TreeMap<>();
    for (DropResult d : drops) {
      long stored = d.files().stream().mapToLong(FileOutcome::stored).sum();
      long unchanged = d.files().stream().mapToLong(FileOutcome::unchanged).sum();
      long quarantined = d.files().stream().mapToLong(FileOutcome::quarantined).sum();
      long ingested =
          d.files().stream().filter(f -> f.status() == FileOutcome.Status.INGESTED).count();
      out.println(
          m.text("summary.drop", d.folder(), ingested, stored, unchanged, quarantined)
              + (d.unchanged() ? m.text("summary.drop_unchanged") : ""));
      for (FileOutcome f : d.files()) {
        if (f.status() != FileOutcome.Status.INGESTED) {
          out.println(
              m.text(
                  "summary.file",
                  m.text("summary.status." + f.status().name().toLowerCase(java.util.Locale.ROOT)),
                  f.file(),
                  f.message()));
        }
        f.notes().forEach(n -> out.println(m.text("summary.file_note", f.file(), n)));
      }
      d.quarantineByReason().forEach((r, n) -> reasons.merge(r, n, Long::sum));
    }
    if (!reasons.isEmpty()) {
      out.println(m.text("summary.quarantine_by_reason", reasons(m, reasons)));
    }
  }

  /** Rows per reason in words: 日期无效3行、缺少编号4行. */
  static String reasons(Messages m, Map<String, Long> reasons) {
    List<String> parts = new ArrayList<>();
    reasons.forEach(
        (code, n) -> parts.add(m.text("summary.reason_rows", QuarantineText.reason(m, code), n)));
    return m.list(parts);
  }

  static void printRun(PrintStream out, RunResult r, Path folder) {
    Messages m = Messages.current();
    out.println();
    out.println(
        m.text(
            "summary.run",
            r.rulebook().id(),
            r.rulebook().title(),
            m.date(r.asOf()),
            r.dataDate().toString()));
    out.println(
        pad(m.text("summary.head.category"))
            + left(m.text("summary.head.orgs"), 7)
            + left(m.text("summary.head.met"), 10)
            + left(m.text("summary.head.selected"), 13));
    int orgs = 0;
    int met = 0;
    int listed = 0;
    for (CategoryRule c : r.rulebook().categories()) {
      long n = r.progress().stream().filter(p -> p.category().equals(c.name())).count();
      long k =
          r.progress().stream().filter(p -> p.category().equals(c.name()) && p.metAll()).count();
      long s =
          r.selection().shortlist().stream().filter(e -> e.category().equals(c.name())).count();
      out.printf("%s %6d %9d %8d / %d%n", pad(c.name()), n, k, s, c.quota());
      orgs += (int) n;
      met += (int) k;
      listed += (int) s;
    }
    out.printf("%s %6d %9d %8d%n", pad(m.text("summary.total")), orgs, met, listed);
    long full = r.selection().channels().stream().filter(c -> c.unfilled() == 0).count();
    int unfilled = r.selection().channels().stream().mapToInt(ChannelFill::unfilled).sum();
    out.println(m.text("summary.channels", full, r.selection().channels().size(), unfilled));
    printRisk(out, m, r);
    if (!r.unknownOrgs().isEmpty()) {
      long items = r.unknownOrgs().stream().mapToLong(u -> u.items()).sum();
      out.println(
          m.text(
              "summary.unattributed",
              items,
              r.unknownOrgs().stream().map(u -> u.nameKey()).distinct().count()));
    }
    if (!r.quarantine().isEmpty()) {
      Map<String, Long> reasons = new TreeMap<>();
      r.quarantine().forEach(q -> reasons.merge(q.reason(), 1L, Long::sum));
      out.println(m.text("summary.quarantine", r.quarantine().size(), reasons(m, reasons)));
    }
    if (!r.snapshotDifferences().isEmpty()) {
      out.println(m.text("summary.snapshots", r.snapshotDifferences().size()));
    }
    printProblems(out, r.problems(), r.selection().notes());
    out.println(m.text("summary.outputs", folder.toAbsolutePath()));
  }

  /** Organizations at risk before the deadline, and the days left. */
  private static void printRisk(PrintStream out, Messages m, RunResult r) {
    long atRisk =
        r.forecasts().stream()
            .filter(f -> !f.met() && !f.onTime())
            .map(IndicatorForecast::orgId)
            .distinct()
            .count();
    if (r.rulebook().deadline() == null) {
      out.println(m.text("summary.risk", atRisk));
    } else {
      long days = ChronoUnit.DAYS.between(r.asOf(), r.rulebook().deadline());
      out.println(
          m.text(
              "summary.risk_deadline", atRisk, m.date(r.rulebook().deadline()), Math.max(0, days)));
    }
  }

  /**
   * One line per registry problem (each already covers every organization it affects), then notes.
   */
  static void printProblems(PrintStream out, List<String> problems, List<String> notes) {
    Messages m = Messages.current();
    problems.forEach(p -> out.println(m.text("summary.registry_problem", p)));
    notes.forEach(n -> out.println(m.text("summary.note", n)));
  }

  /** Pads text to ten display columns; each CJK character takes two. */
  private static String pad(String s) {
    return s + " ".repeat(Math.max(0, 10 - DisplayWidth.of(s)));
  }

  /** Right-aligns text in a field of display columns. */
  private static String left(String s, int width) {
    return " ".repeat(Math.max(1, width - DisplayWidth.of(s))) + s;
  }
}
