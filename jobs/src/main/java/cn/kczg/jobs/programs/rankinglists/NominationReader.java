package cn.kczg.jobs.programs.rankinglists;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.programs.InputRow;
import cn.kczg.jobs.programs.InputRows;
import cn.kczg.jobs.programs.RowProblem;
import cn.kczg.schemas.text.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the nominations and the past-winners list (typed by their source definitions). A nomination
 * row is refused (listed with file, line, column and reason) when the list is not the rulebook's,
 * or the field of a list with fields is missing or unknown; rows the parser refused (a blank
 * candidate or recommender, a 序号 that is not a whole number, a 提交时间 that is not a time) are listed
 * as it gave them. Channels are split on {@code ; ； , ， 、 | /}.
 */
public final class NominationReader {
  /** The fields of the nominations the type reads. */
  static final List<String> FIELDS =
      List.of("order", "candidate", "list", "field", "recommender", "channels", "submitted_at");

  /** The fields of the past-winners list the type reads. */
  static final List<String> WINNER_FIELDS = List.of("candidate", "list", "year");

  private final RankingRules rules;

  public NominationReader(RankingRules rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** The accepted nominations, and the refused rows. */
  public record Result(List<Nomination> nominations, List<RowProblem> problems) {}

  /**
   * One entry of the past-winners list.
   *
   * @param key the candidate's normalized name
   * @param list the list it won, or ""
   * @param year the year it won, or null
   */
  public record PastWinner(String key, String list, Integer year) {}

  /** Reads every row of the nominations. */
  public Result read(InputRows nominations) {
    List<Nomination> out = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>(nominations.problems());
    for (InputRow row : nominations.rows()) {
      int before = problems.size();
      Nomination n = nomination(nominations, row, problems);
      if (problems.size() == before) {
        out.add(n);
      }
    }
    return new Result(out, problems);
  }

  /** The past winners of the list, blank names left out. */
  public static List<PastWinner> pastWinners(InputRows winners) {
    return winners.rows().stream()
        .filter(r -> !Recommenders.key(r.text("candidate")).isEmpty())
        .map(
            r ->
                new PastWinner(
                    Recommenders.key(r.text("candidate")), r.text("list"), r.count("year")))
        .toList();
  }

  private Nomination nomination(InputRows file, InputRow row, List<RowProblem> problems) {
    String list = row.text("list");
    Optional<RankingRules.ListRule> rule = rules.list(list);
    if (rule.isEmpty()) {
      problems.add(
          RowProblem.of(
              row,
              file.label("list"),
              "'"
                  + list
                  + "' is not one of "
                  + String.join(
                      ", ", rules.lists().stream().map(RankingRules.ListRule::name).toList())));
    }
    String field = rule.map(r -> field(file, row, r, problems)).orElse("");
    Integer order = row.count("order");
    return new Nomination(
        row,
        order == null ? row.line() : order,
        row.text("candidate"),
        list,
        field,
        row.text("recommender"),
        channels(row.text("channels")),
        row.dateTime("submitted_at"));
  }

  private static String field(
      InputRows file, InputRow row, RankingRules.ListRule rule, List<RowProblem> problems) {
    if (!rule.perField()) {
      return "";
    }
    String field = row.text("field");
    if (!rule.fields().contains(field)) {
      problems.add(
          RowProblem.of(
              row,
              file.label("field"),
              (field.isEmpty() ? "is empty" : "'" + field + "' is not a field")
                  + " of "
                  + rule.name()
                  + "; use one of "
                  + String.join(", ", rule.fields())));
    }
    return field;
  }

  static List<String> channels(String text) {
    return Arrays.stream(text.split("[;；,，、|/]"))
        .map(Names::clean)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }
}
