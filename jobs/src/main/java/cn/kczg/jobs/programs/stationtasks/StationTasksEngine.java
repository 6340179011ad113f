package cn.kczg.jobs.programs.stationtasks;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.programs.table.RowProblem;
import cn.kczg.schemas.text.Names;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts each station's experts and online/offline activities as of a day and compares them with
 * its service type's targets (rules in the package documentation). Pure: no files, no clock.
 *
 * <p>Example (2024 guide, 乡村振兴: 10 experts, 10 online, 3 offline): a station with 12 experts, 11
 * online and 2 offline activities is 未达标 with the gap "线下活动 差 1 次 (2/3)".
 */
public final class StationTasksEngine {
  private final StationTasksRules rules;

  public StationTasksEngine(StationTasksRules rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** The progress of every station, in list order, and the activities that could not be classed. */
  public record Progress(List<StationProgress> stations, List<RowProblem> problems) {}

  /** The progress of {@code stations} from {@code exports} as of {@code asOf}. */
  public Progress progress(
      List<TaskStation> stations, PlatformExports.Result exports, LocalDate asOf) {
    List<StationProgress> out = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    for (TaskStation station : stations) {
      Map<Metric, Integer> counts = new EnumMap<>(Metric.class);
      counts.put(
          Metric.EXPERTS,
          (int) exports.experts().stream().filter(i -> counts(i, station, asOf)).count());
      counts.put(Metric.ONLINE_ACTIVITIES, 0);
      counts.put(Metric.OFFLINE_ACTIVITIES, 0);
      for (PlatformItem activity : exports.activities()) {
        if (counts(activity, station, asOf)) {
          classify(activity, station, counts, problems);
        }
      }
      Map<Metric, Integer> targets =
          rules.serviceType(station.serviceType()).orElseThrow().targets();
      out.add(new StationProgress(station, counts, targets, gaps(counts, targets)));
    }
    return new Progress(out, problems);
  }

  private void classify(
      PlatformItem activity,
      TaskStation station,
      Map<Metric, Integer> counts,
      List<RowProblem> problems) {
    String form = Names.normalize(activity.form());
    if (form.equals(Names.normalize(rules.onlineForm()))) {
      counts.merge(Metric.ONLINE_ACTIVITIES, 1, Integer::sum);
    } else if (form.equals(Names.normalize(rules.offlineForm()))) {
      counts.merge(Metric.OFFLINE_ACTIVITIES, 1, Integer::sum);
    } else {
      problems.add(
          new RowProblem(
              activity.file(),
              activity.line(),
              "形式",
              "activity "
                  + activity.id()
                  + " of "
                  + station.name()
                  + " has 形式 '"
                  + activity.form()
                  + "', neither "
                  + rules.onlineForm()
                  + " nor "
                  + rules.offlineForm()
                  + "; it is not counted"));
    }
  }

  /** True when the item belongs to the station and is dated on or before the day. */
  static boolean counts(PlatformItem item, TaskStation station, LocalDate asOf) {
    return !item.date().isAfter(asOf) && belongs(item, station);
  }

  private static boolean belongs(PlatformItem item, TaskStation station) {
    if (!item.account().isEmpty() && !station.account().isEmpty()) {
      return Names.normalize(item.account()).equals(Names.normalize(station.account()));
    }
    return Names.normalize(item.org()).equals(Names.normalize(station.host()));
  }

  private static List<String> gaps(Map<Metric, Integer> counts, Map<Metric, Integer> targets) {
    List<String> gaps = new ArrayList<>();
    targets.forEach(
        (metric, target) -> {
          int have = counts.get(metric);
          if (have < target) {
            gaps.add(
                metric.label()
                    + " 差 "
                    + (target - have)
                    + " "
                    + metric.unit()
                    + " ("
                    + have
                    + "/"
                    + target
                    + ")");
          }
        });
    return gaps;
  }
}
