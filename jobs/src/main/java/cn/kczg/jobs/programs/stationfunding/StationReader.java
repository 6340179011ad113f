package cn.kczg.jobs.programs.stationfunding;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.programs.table.Column;
import cn.kczg.jobs.programs.table.InputRow;
import cn.kczg.jobs.programs.table.InputTable;
import cn.kczg.jobs.programs.table.RowProblem;
import cn.kczg.schemas.text.Dates;
import cn.kczg.schemas.text.Names;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the station list. A row is refused (listed, with file, line, column and reason) when the
 * name is blank or repeated, the level or assessment result is not one the rulebook knows, or the
 * founding date is not a date. An unknown industry chain is flagged: the station stays in the list,
 * marked 产业链不明, and the problem is listed.
 */
public final class StationReader {
  /** Accepted file names of the list. */
  public static final List<String> FILES = List.of("服务站*", "学会服务站*", "stations*");

  public static final Column NAME = Column.of("服务站名称", "学会服务站名称", "station");
  public static final Column LEVEL = Column.of("级别", "level");
  public static final Column HOST = Column.of("建站单位", "host");
  public static final Column FOUNDED = Column.of("建站时间", "founded");
  public static final Column CHAIN = Column.of("产业链", "服务产业链", "industry_chain");
  public static final Column ASSESSMENT = Column.of("考核结果", "assessment");

  /** Every column the list must have. */
  public static final List<Column> COLUMNS = List.of(NAME, LEVEL, HOST, FOUNDED, CHAIN, ASSESSMENT);

  private final StationFundingRules rules;

  public StationReader(StationFundingRules rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** The stations that can be judged, and the problems of the list. */
  public record Result(List<Station> stations, List<RowProblem> problems) {}

  /** Reads every row of {@code table}. */
  public Result read(InputTable table) {
    List<Station> stations = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (InputRow row : table.rows()) {
      int before = problems.size();
      Station station = station(row, problems);
      if (problems.size() > before) {
        continue;
      }
      Long earlier = seen.putIfAbsent(Names.normalize(station.name()), row.line());
      if (earlier != null) {
        problems.add(
            RowProblem.of(
                row,
                NAME.name(),
                station.name()
                    + " is already listed on line "
                    + earlier
                    + "; list each station once"));
        continue;
      }
      if (!station.knownChain()) {
        problems.add(
            RowProblem.of(
                row,
                CHAIN.name(),
                "'"
                    + station.chain()
                    + "' is not one of the program's industry chains ("
                    + String.join("、", rules.industryChains())
                    + "); the station is not eligible until it is corrected"));
      }
      stations.add(station);
    }
    return new Result(stations, problems);
  }

  private Station station(InputRow row, List<RowProblem> problems) {
    String name = row.text(NAME);
    if (name.isEmpty()) {
      problems.add(RowProblem.of(row, NAME.name(), "is empty; every row needs the station's name"));
    }
    String level = oneOf(row, LEVEL, rules.knownLevel(row.text(LEVEL)), levels(), problems);
    String assessment =
        oneOf(
            row,
            ASSESSMENT,
            List.of(rules.qualified(), rules.failed(), rules.pending())
                .contains(row.text(ASSESSMENT)),
            List.of(rules.qualified(), rules.failed(), rules.pending()),
            problems);
    Optional<LocalDate> founded = Dates.parse(row.text(FOUNDED));
    if (founded.isEmpty()) {
      problems.add(
          RowProblem.of(
              row,
              FOUNDED.name(),
              "'" + row.text(FOUNDED) + "' is not a date; write it as 2021-03-22"));
    }
    String chain = row.text(CHAIN);
    boolean known =
        rules.industryChains().stream()
            .anyMatch(c -> Names.normalize(c).equals(Names.normalize(chain)));
    return new Station(
        row.file(),
        row.line(),
        name,
        level,
        row.text(HOST),
        founded.orElse(null),
        chain,
        known,
        assessment);
  }

  private static String oneOf(
      InputRow row, Column column, boolean known, List<String> allowed, List<RowProblem> problems) {
    String text = row.text(column);
    if (!known) {
      problems.add(
          RowProblem.of(
              row, column.name(), "'" + text + "' is not one of " + String.join(", ", allowed)));
    }
    return text;
  }

  private List<String> levels() {
    List<String> out = new ArrayList<>(rules.funding().keySet());
    out.addAll(rules.unfundedLevels());
    return out;
  }
}
