package cn.kczg.jobs.programs.stationtasks;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.programs.table.Column;
import cn.kczg.jobs.programs.table.InputRow;
import cn.kczg.jobs.programs.table.InputTable;
import cn.kczg.jobs.programs.table.RowProblem;
import cn.kczg.schemas.text.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the station list. A row is refused (listed with file, line, column and reason) when the
 * name or organization is blank, the name repeats, or the service type is not the rulebook's. Two
 * stations under the same organization are flagged: the platform cannot tell their items apart, so
 * both show the organization's counts.
 */
public final class TaskStationReader {
  /** Accepted file names of the list. */
  public static final List<String> FILES = List.of("服务站*", "学会服务站*", "stations*");

  public static final Column NAME = Column.of("服务站名称", "学会服务站名称", "station");
  public static final Column HOST = Column.of("建站单位", "依托单位", "机构名称", "host");
  public static final Column ACCOUNT = Column.of("平台账号", "account");
  public static final Column SERVICE_TYPE = Column.of("服务类型", "service_type");

  /** The columns the list must have (平台账号 is optional). */
  public static final List<Column> COLUMNS = List.of(NAME, HOST, SERVICE_TYPE);

  private final StationTasksRules rules;

  public TaskStationReader(StationTasksRules rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** The stations, and the problems of the list. */
  public record Result(List<TaskStation> stations, List<RowProblem> problems) {}

  /** Reads every row of {@code table}. */
  public Result read(InputTable table) {
    List<TaskStation> stations = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    Map<String, TaskStation> byName = new HashMap<>();
    Map<String, TaskStation> byHost = new HashMap<>();
    for (InputRow row : table.rows()) {
      int before = problems.size();
      TaskStation s =
          new TaskStation(
              row.file(),
              row.line(),
              row.text(NAME),
              row.text(HOST),
              row.text(ACCOUNT),
              row.text(SERVICE_TYPE));
      check(row, s, problems);
      TaskStation earlier =
          problems.size() > before ? null : byName.putIfAbsent(Names.normalize(s.name()), s);
      if (earlier != null) {
        problems.add(
            RowProblem.of(
                row,
                NAME.name(),
                s.name()
                    + " is already listed on line "
                    + earlier.line()
                    + "; list each station once"));
      }
      if (problems.size() > before) {
        continue;
      }
      TaskStation sameHost = byHost.putIfAbsent(Names.normalize(s.host()), s);
      if (sameHost != null) {
        problems.add(
            RowProblem.of(
                row,
                HOST.name(),
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

  private void check(InputRow row, TaskStation s, List<RowProblem> problems) {
    if (s.name().isEmpty()) {
      problems.add(RowProblem.of(row, NAME.name(), "is empty; every row needs the station's name"));
    }
    if (s.host().isEmpty()) {
      problems.add(
          RowProblem.of(
              row, HOST.name(), "is empty; give the organization its items are published under"));
    }
    if (rules.serviceType(s.serviceType()).isEmpty()) {
      problems.add(
          RowProblem.of(
              row,
              SERVICE_TYPE.name(),
              "'"
                  + s.serviceType()
                  + "' is not one of "
                  + String.join(
                      ", ",
                      rules.serviceTypes().stream()
                          .map(StationTasksRules.ServiceType::name)
                          .toList())));
    }
  }
}
