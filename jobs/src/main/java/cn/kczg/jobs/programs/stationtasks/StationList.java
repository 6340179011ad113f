package cn.kczg.jobs.programs.stationtasks;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.programs.InputRow;
import cn.kczg.jobs.programs.InputRows;
import cn.kczg.jobs.programs.RowProblem;
import cn.kczg.schemas.text.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the station list (typed by its source definition). A row is refused (listed with file,
 * line, column and reason) when its name repeats or its service type is not the rulebook's; rows
 * the parser refused (a blank name or organization) are listed as it gave them. Two stations under
 * the same organization are flagged: the platform cannot tell their items apart, so both show the
 * organization's counts.
 */
final class StationList {
  /** The fields of the list the type reads. */
  static final List<String> FIELDS =
      List.of(
          "station", "host", "account", "service_type", "applicant", "applicant_type", "support");

  private final StationTasksRules rules;

  StationList(StationTasksRules rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** The stations, and the problems of the list. */
  record Result(List<TaskStation> stations, List<RowProblem> problems) {}

  Result read(InputRows list) {
    List<TaskStation> stations = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>(list.problems());
    Map<String, TaskStation> byName = new HashMap<>();
    Map<String, TaskStation> byHost = new HashMap<>();
    for (InputRow row : list.rows()) {
      TaskStation s = TaskStation.of(row);
      if (rules.serviceType(s.serviceType()).isEmpty()) {
        problems.add(
            RowProblem.of(
                row,
                list.label("service_type"),
                "'"
                    + s.serviceType()
                    + "' is not one of "
                    + String.join(
                        ", ",
                        rules.serviceTypes().stream()
                            .map(StationTasksRules.ServiceType::name)
                            .toList())));
        continue;
      }
      TaskStation earlier = byName.putIfAbsent(Names.normalize(s.name()), s);
      if (earlier != null) {
        problems.add(
            RowProblem.of(
                row,
                list.label("station"),
                s.name()
                    + " is already listed on line "
                    + earlier.line()
                    + "; list each station once"));
        continue;
      }
      TaskStation sameHost = byHost.putIfAbsent(Names.normalize(s.host()), s);
      if (sameHost != null) {
        problems.add(
            RowProblem.of(
                row,
                list.label("host"),
                s.name()
                    + " shares "
                    + s.host()
                    + " with "
                    + sameHost.name()
                    + " (line "
                    + sameHost.line()
                    + "); their platform items cannot be told apart, so both show the organization's counts"));
      }
      stations.add(s);
    }
    return new Result(stations, problems);
  }
}
