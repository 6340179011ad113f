package cn.kczg.jobs.programs.stationfunding;

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
 * Reads the station list (typed by its source definition) and the record of payments. A station row
 * is refused (listed, with file, line, column and reason) when its name repeats, or its level or
 * assessment result is not one the rulebook knows; rows the parser refused (a blank name, a date
 * that is not a date) are listed as the parser gave them. An unknown industry chain is flagged: the
 * station stays in the list, marked 产业链不明, and the problem is listed.
 */
public final class StationReader {
  /** The fields of the station list the type reads. */
  public static final List<String> FIELDS =
      List.of(
          "station", "level", "host", "host_type", "founded", "chain", "assessment", "assessed_on");

  /** The fields of the record of payments the type reads. */
  public static final List<String> PAYMENT_FIELDS = List.of("station", "host", "amount", "paid_on");

  private final StationFundingRules rules;

  public StationReader(StationFundingRules rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** The stations that can be judged, and the problems of the list. */
  public record Result(List<Station> stations, List<RowProblem> problems) {}

  /** Reads every row of the list. */
  public Result read(InputRows list) {
    List<Station> stations = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>(list.problems());
    Map<String, Long> seen = new HashMap<>();
    for (InputRow row : list.rows()) {
      int before = problems.size();
      Station station = station(list, row, problems);
      if (problems.size() > before) {
        continue;
      }
      Long earlier = seen.putIfAbsent(Names.normalize(station.name()), row.line());
      if (earlier != null) {
        problems.add(
            RowProblem.of(
                row,
                list.label("station"),
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
                list.label("chain"),
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

  /** The payments recorded; rows the parser refused are listed among the problems. */
  public static List<Payment> payments(InputRows record) {
    return record.rows().stream()
        .map(
            r ->
                new Payment(
                    r.text("station"), r.text("host"), r.decimal("amount"), r.date("paid_on")))
        .toList();
  }

  private Station station(InputRows list, InputRow row, List<RowProblem> problems) {
    String level = row.text("level");
    if (!rules.knownLevel(level)) {
      problems.add(unknown(list, row, "level", rules.levels()));
    }
    String assessment = row.text("assessment");
    if (!rules.results().contains(assessment)) {
      problems.add(unknown(list, row, "assessment", rules.results()));
    }
    String chain = row.text("chain");
    boolean known =
        rules.industryChains().stream()
            .anyMatch(c -> Names.normalize(c).equals(Names.normalize(chain)));
    return new Station(
        row,
        row.text("station"),
        level,
        row.text("host"),
        row.text("host_type"),
        row.date("founded"),
        chain,
        known,
        assessment,
        row.date("assessed_on"));
  }

  private static RowProblem unknown(
      InputRows list, InputRow row, String field, List<String> allowed) {
    return RowProblem.of(
        row,
        list.label(field),
        "'" + row.text(field) + "' is not one of " + String.join(", ", allowed));
  }
}
