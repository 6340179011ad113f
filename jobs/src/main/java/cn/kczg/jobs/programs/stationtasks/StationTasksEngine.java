package cn.kczg.jobs.programs.stationtasks;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.programs.InputRow;
import cn.kczg.jobs.programs.RowProblem;
import cn.kczg.jobs.programs.stationtasks.StationProgress.Forecast;
import cn.kczg.jobs.programs.stationtasks.StationProgress.Outlook;
import cn.kczg.jobs.programs.stationtasks.StationTasksRules.Indicator;
import cn.kczg.schemas.text.Names;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts each station's indicators as of a day from the items that count (see {@link ExportItems}),
 * compares them with its service type's targets, and projects the recent pace to the deadline
 * (rules in the package documentation). Pure: no files, no clock.
 *
 * <p>Example (2024 guide, 乡村振兴: 10 experts, 10 online, 3 offline): a station with 12 experts, 11
 * online and 2 offline activities is 未达标 with the gap "线下活动 差 1 次 (2/3)"; with 2 offline activities
 * in the 90 days before 2024-06-30, its pace reaches 3 on 2024-08-14, before the deadline
 * 2024-12-31: 预计按期达标.
 */
public final class StationTasksEngine {
  private final StationTasksRules rules;

  public StationTasksEngine(StationTasksRules rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** The progress of every station, in list order, and the items no indicator could class. */
  public record Progress(List<StationProgress> stations, List<RowProblem> problems) {}

  /** The progress of {@code stations} from the counted items by kind, as of {@code asOf}. */
  public Progress progress(
      List<TaskStation> stations, Map<String, List<InputRow>> counted, LocalDate asOf) {
    List<StationProgress> out = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    for (TaskStation station : stations) {
      Map<String, List<InputRow>> items = new LinkedHashMap<>();
      rules.indicators().forEach(i -> items.put(i.id(), new ArrayList<>()));
      counted.forEach(
          (kind, rows) ->
              rows.stream()
                  .filter(r -> belongs(r, station))
                  .forEach(r -> classify(kind, r, station, items, problems)));
      Map<String, Integer> counts = new LinkedHashMap<>();
      items.forEach((id, rows) -> counts.put(id, rows.size()));
      Map<String, Integer> targets =
          rules.serviceType(station.serviceType()).orElseThrow().targets();
      out.add(
          new StationProgress(
              station, counts, targets, gaps(counts, targets), forecasts(items, targets, asOf)));
    }
    return new Progress(out, problems);
  }

  private void classify(
      String kind,
      InputRow item,
      TaskStation station,
      Map<String, List<InputRow>> items,
      List<RowProblem> problems) {
    List<Indicator> ofKind =
        rules.indicators().stream().filter(i -> i.kind().equals(kind)).toList();
    List<Indicator> matching = ofKind.stream().filter(i -> matches(item, i)).toList();
    matching.forEach(i -> items.get(i.id()).add(item));
    if (matching.isEmpty() && !ofKind.isEmpty()) {
      problems.add(
          new RowProblem(
              item.file(),
              item.line(),
              "",
              kind
                  + " item "
                  + item.text("item_id")
                  + " of "
                  + station.name()
                  + " matches none of "
                  + String.join(
                      ", ", ofKind.stream().map(i -> i.label() + " " + i.where()).toList())
                  + "; it is not counted"));
    }
  }

  private static boolean matches(InputRow item, Indicator indicator) {
    return indicator.where().entrySet().stream()
        .allMatch(
            e -> Names.normalize(item.text(e.getKey())).equals(Names.normalize(e.getValue())));
  }

  /** An item is a station's when its 平台账号 is the station's (both given), else by name. */
  private static boolean belongs(InputRow item, TaskStation station) {
    String account = item.text("account");
    if (!account.isEmpty() && !station.account().isEmpty()) {
      return Names.normalize(account).equals(Names.normalize(station.account()));
    }
    return Names.normalize(item.text("org_name")).equals(Names.normalize(station.host()));
  }

  private List<String> gaps(Map<String, Integer> counts, Map<String, Integer> targets) {
    List<String> gaps = new ArrayList<>();
    for (Indicator i : rules.indicators()) {
      Integer target = targets.get(i.id());
      int have = counts.get(i.id());
      if (target != null && have < target) {
        gaps.add(
            i.label()
                + " 差 "
                + (target - have)
                + " "
                + i.unit()
                + " ("
                + have
                + "/"
                + target
                + ")");
      }
    }
    return gaps;
  }

  private List<Forecast> forecasts(
      Map<String, List<InputRow>> items, Map<String, Integer> targets, LocalDate asOf) {
    List<Forecast> out = new ArrayList<>();
    LocalDate from = asOf.minusDays(rules.forecastWindowDays());
    long daysLeft = ChronoUnit.DAYS.between(asOf, rules.deadline());
    for (Indicator i : rules.indicators()) {
      Integer target = targets.get(i.id());
      if (target == null) {
        continue;
      }
      List<InputRow> rows = items.get(i.id());
      int count = rows.size();
      long recent = rows.stream().filter(r -> r.date("item_date").isAfter(from)).count();
      double perDay = (double) recent / rules.forecastWindowDays();
      int projected = count + (int) Math.floor(perDay * Math.max(0, daysLeft));
      LocalDate reachOn =
          count >= target || perDay == 0
              ? null
              : asOf.plusDays((long) Math.ceil((target - count) / perDay));
      out.add(
          new Forecast(
              i.label(),
              count,
              target,
              perDay * 7,
              projected,
              reachOn,
              outlook(count, target, reachOn, asOf)));
    }
    return out;
  }

  private Outlook outlook(int count, int target, LocalDate reachOn, LocalDate asOf) {
    if (count >= target) {
      return Outlook.MET;
    }
    if (asOf.isAfter(rules.deadline())) {
      return Outlook.MISSED;
    }
    return reachOn != null && !reachOn.isAfter(rules.deadline())
        ? Outlook.ON_TRACK
        : Outlook.AT_RISK;
  }
}
