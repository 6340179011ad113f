package cn.kczg.reports.csv;

import cn.kczg.reports.DailyActivity;
import cn.kczg.reports.ForecastRow;
import cn.kczg.reports.IntegrityFlag;
import cn.kczg.reports.QuarantineRow;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.SnapshotDifference;
import cn.kczg.reports.text.Numbers;
import cn.kczg.reports.text.Shortfall;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.ShortlistEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CSV files of an output folder, one method per file. Each builds a {@link CsvTable} from the
 * model's rows (already in canonical order) and writes it; the {@code …Table} methods give the
 * table without writing it.
 */
public final class CsvReports {
  /** Columns of {@code progress.csv}; the first fourteen are fixed, later ones may be added. */
  public static final List<String> PROGRESS_HEADER =
      List.of(
          "org_id",
          "org_name",
          "org_type",
          "level",
          "region",
          "channel",
          "experts",
          "achievements",
          "demands",
          "news",
          "activities",
          "met_all",
          "completion",
          "rank_in_category",
          "rank_change",
          "total",
          "flags");

  private CsvReports() {}

  /** Writes {@code progress.csv}: one row per organization. */
  public static Path writeProgress(ReportModel model, Path dir) {
    return progressTable(model).write(dir.resolve("progress.csv"));
  }

  /**
   * The rows of {@code progress.csv}; {@code rank_change} is empty for an organization new since
   * the previous date.
   */
  public static CsvTable progressTable(ReportModel model) {
    CsvTable t = new CsvTable(PROGRESS_HEADER);
    Map<String, String> flags = IntegrityFlag.checksBySubject(model.integrityFlags());
    for (OrgProgress p : model.progress()) {
      t.row()
          .text(p.orgId())
          .text(p.orgName())
          .text(p.category())
          .text(p.level())
          .text(p.region())
          .text(p.channel());
      for (ItemKind kind : ItemKind.values()) {
        t.number(p.counts().get(kind));
      }
      t.number(p.metAll()).number(Numbers.fourDecimals(p.completion())).number(p.rankInCategory());
      t.number(p.rankChange()).number(p.total()).text(flags.getOrDefault(p.orgId(), ""));
    }
    return t;
  }

  /** Writes {@code shortlist.csv}. */
  public static Path writeShortlist(ReportModel model, Path dir) {
    CsvTable t =
        new CsvTable(
            List.of(
                "category",
                "rank",
                "org_id",
                "org_name",
                "channel",
                "completion",
                "flags",
                "tie_break"));
    Map<String, String> flags = IntegrityFlag.checksBySubject(model.integrityFlags());
    for (ShortlistEntry s : model.shortlist()) {
      t.row()
          .text(s.category())
          .number(s.rank())
          .text(s.orgId())
          .text(s.orgName())
          .text(s.channel());
      t.number(Numbers.fourDecimals(s.completion())).text(flags.getOrDefault(s.orgId(), ""));
      t.text(s.tieBreak());
    }
    return t.write(dir.resolve("shortlist.csv"));
  }

  /** Writes {@code channels.csv}. */
  public static Path writeChannels(ReportModel model, Path dir) {
    CsvTable t =
        new CsvTable(
            List.of(
                "channel",
                "slots",
                "qualifying",
                "shortlisted",
                "near_qualifying",
                "seats",
                "unfilled",
                "recommended"));
    for (ChannelFill c : model.channels()) {
      t.row().text(c.channel()).number(c.slots()).number(c.qualifying()).number(c.shortlisted());
      t.number(c.nearQualifying()).number(c.seats()).number(c.unfilled()).number(c.recommended());
    }
    return t.write(dir.resolve("channels.csv"));
  }

  /** Writes {@code reserve.csv}: items missing per kind, and the same in words. */
  public static Path writeReserve(ReportModel model, Path dir) {
    List<String> header =
        new ArrayList<>(List.of("category", "org_id", "org_name", "channel", "completion"));
    for (ItemKind kind : ItemKind.values()) {
      header.add("missing_" + kind.key());
    }
    header.add("lacking");
    header.add("flags");
    CsvTable t = new CsvTable(header);
    Map<String, String> flags = IntegrityFlag.checksBySubject(model.integrityFlags());
    for (ReserveEntry r : model.reserve()) {
      t.row().text(r.category()).text(r.orgId()).text(r.orgName()).text(r.channel());
      t.number(Numbers.fourDecimals(r.completion()));
      for (ItemKind kind : ItemKind.values()) {
        t.number(r.missing() == null ? 0 : r.missing().getOrDefault(kind, 0));
      }
      t.text(Shortfall.describe(model.messages(), r.missing()));
      t.text(flags.getOrDefault(r.orgId(), ""));
    }
    return t.write(dir.resolve("reserve.csv"));
  }

  /**
   * Writes {@code quarantine.csv}; phones in the raw text are masked, suggestions joined by " | ".
   */
  public static Path writeQuarantine(ReportModel model, Path dir) {
    CsvTable t = new CsvTable(List.of("file", "line", "reason", "detail", "raw", "suggestions"));
    for (QuarantineRow q : model.quarantine()) {
      t.row().text(q.file()).number(q.line()).text(q.reason()).text(q.detail());
      t.text(q.raw()).text(String.join(" | ", q.suggestions()));
    }
    return t.write(dir.resolve("quarantine.csv"));
  }

  /** Writes {@code differences.csv} (our counts against the platform snapshot). */
  public static Path writeDifferences(ReportModel model, Path dir) {
    CsvTable t = new CsvTable(List.of("org_id", "org_name", "kind", "ours", "platform", "delta"));
    for (SnapshotDifference d : model.differences()) {
      t.row().text(d.orgId()).text(d.orgName()).number(d.kind().key());
      t.number(d.ours()).number(d.platform()).number(d.delta());
    }
    return t.write(dir.resolve("differences.csv"));
  }

  /** Writes {@code forecast.csv}. */
  public static Path writeForecasts(ReportModel model, Path dir) {
    CsvTable t =
        new CsvTable(
            List.of(
                "category",
                "org_id",
                "org_name",
                "completion",
                "projected_completion",
                "projected_meet_date",
                "note"));
    for (ForecastRow f : model.forecasts()) {
      t.row()
          .text(f.category())
          .text(f.orgId())
          .text(f.orgName())
          .number(Numbers.fourDecimals(f.completion()));
      t.number(Numbers.fourDecimals(f.projectedCompletion()))
          .number(f.projectedMeetDate())
          .text(f.note());
    }
    return t.write(dir.resolve("forecast.csv"));
  }

  /**
   * Writes {@code integrity.csv}: check, subject (the org id), the sentence, the org name, the
   * evidence, the review order by consequence (review_order, empty for a note), in rank order, and
   * the activity chart (its file, or the command that draws it).
   */
  public static Path writeIntegrity(ReportModel model, Path dir) {
    CsvTable t =
        new CsvTable(
            List.of("check", "subject", "detail", "org_name", "evidence", "review_order", "chart"));
    for (IntegrityFlag f : model.integrityFlags()) {
      t.row().text(f.check()).text(f.subject()).text(f.detail());
      t.text(f.orgName()).text(f.evidence()).text(f.rank() > 0 ? String.valueOf(f.rank()) : "");
      t.text(f.chart());
    }
    return t.write(dir.resolve("integrity.csv"));
  }

  /**
   * Writes {@code activity.csv}: the daily figures of every flagged organization over the chart
   * period (org_id, day, the five kinds, whether a check marked the day), whether or not its chart
   * was drawn.
   */
  public static Path writeActivity(List<DailyActivity> activities, Path dir) {
    List<String> header = new java.util.ArrayList<>(List.of("org_id", "day"));
    for (ItemKind k : ItemKind.values()) {
      header.add(k.key());
    }
    header.add("marked");
    CsvTable t = new CsvTable(header);
    for (DailyActivity a : activities) {
      a.perDay()
          .forEach(
              (day, c) -> {
                t.row().text(a.orgId()).number(day);
                for (ItemKind k : ItemKind.values()) {
                  t.number(c.get(k));
                }
                t.number(a.marked().contains(day));
              });
    }
    return t.write(dir.resolve("activity.csv"));
  }
}
