package cn.kczg.jobs.programs.rankinglists;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.programs.table.CellValues;
import cn.kczg.jobs.programs.table.Column;
import cn.kczg.jobs.programs.table.InputRow;
import cn.kczg.jobs.programs.table.InputTable;
import cn.kczg.jobs.programs.table.RowProblem;
import cn.kczg.schemas.text.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the nominations file and the past-winners list. A nomination row is refused (listed with
 * file, line, column and reason) when the candidate or recommender is blank, the list is not the
 * rulebook's, the field of a list with fields is missing or unknown, or 序号 is not a whole number.
 * Channels are split on {@code ; ； , ， 、 | /}.
 */
public final class NominationReader {
  /** Accepted file names of the nominations. */
  public static final List<String> FILES = List.of("推荐*", "提名*", "nominations*");

  /** Accepted file names of the past winners. */
  public static final List<String> PAST_WINNER_FILES =
      List.of("历年入选*", "往届入选*", "past-winners*", "past_winners*");

  public static final Column ORDER = Column.of("序号", "order");
  public static final Column CANDIDATE = Column.of("候选名称", "候选人", "名称", "candidate");
  public static final Column LIST = Column.of("榜单", "list");
  public static final Column FIELD = Column.of("领域", "field");
  public static final Column RECOMMENDER = Column.of("推荐单位", "推荐人", "recommender");
  public static final Column CHANNELS = Column.of("推荐渠道", "channels");

  /** The columns the nominations must have (序号 and 领域 are optional). */
  public static final List<Column> COLUMNS = List.of(CANDIDATE, LIST, RECOMMENDER, CHANNELS);

  /** The column the past-winners list must have. */
  public static final List<Column> PAST_WINNER_COLUMNS = List.of(CANDIDATE);

  private final RankingRules rules;

  public NominationReader(RankingRules rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** The accepted nominations, and the refused rows. */
  public record Result(List<Nomination> nominations, List<RowProblem> problems) {}

  /** Reads every row of the nominations {@code table}. */
  public Result read(InputTable table) {
    List<Nomination> out = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    for (InputRow row : table.rows()) {
      int before = problems.size();
      Nomination n = nomination(row, problems);
      if (problems.size() == before) {
        out.add(n);
      }
    }
    return new Result(out, problems);
  }

  /** The normalized names of the past winners in {@code table}. */
  public static Set<String> pastWinners(InputTable table) {
    Set<String> out = new TreeSet<>();
    table.rows().stream()
        .map(r -> Recommenders.key(r.text(CANDIDATE)))
        .filter(s -> !s.isEmpty())
        .forEach(out::add);
    return out;
  }

  private Nomination nomination(InputRow row, List<RowProblem> problems) {
    String candidate = required(row, CANDIDATE, "the candidate's name", problems);
    String recommender = required(row, RECOMMENDER, "who recommends", problems);
    String list = row.text(LIST);
    Optional<RankingRules.ListRule> rule = rules.list(list);
    if (rule.isEmpty()) {
      problems.add(
          RowProblem.of(
              row,
              LIST.name(),
              "'"
                  + list
                  + "' is not one of "
                  + String.join(
                      ", ", rules.lists().stream().map(RankingRules.ListRule::name).toList())));
    }
    String field = rule.map(r -> field(row, r, problems)).orElse("");
    long order = order(row, problems);
    return new Nomination(
        row.file(),
        row.line(),
        order,
        candidate,
        list,
        field,
        recommender,
        channels(row.text(CHANNELS)));
  }

  private static String field(InputRow row, RankingRules.ListRule rule, List<RowProblem> problems) {
    if (!rule.perField()) {
      return "";
    }
    String field = row.text(FIELD);
    if (!rule.fields().contains(field)) {
      problems.add(
          RowProblem.of(
              row,
              FIELD.name(),
              (field.isEmpty() ? "is empty" : "'" + field + "' is not a field")
                  + " of "
                  + rule.name()
                  + "; use one of "
                  + String.join(", ", rule.fields())));
    }
    return field;
  }

  private static long order(InputRow row, List<RowProblem> problems) {
    String text = row.text(ORDER);
    if (text.isEmpty()) {
      return row.line();
    }
    Optional<Integer> order = CellValues.count(text);
    if (order.isEmpty()) {
      problems.add(
          RowProblem.of(
              row,
              ORDER.name(),
              "'" + text + "' is not a whole number; 序号 gives the submission order"));
    }
    return order.orElse(0);
  }

  private static String required(
      InputRow row, Column column, String what, List<RowProblem> problems) {
    String text = row.text(column);
    if (text.isEmpty()) {
      problems.add(RowProblem.of(row, column.name(), "is empty; every row needs " + what));
    }
    return text;
  }

  static List<String> channels(String text) {
    return Arrays.stream(text.split("[;；,，、|/]"))
        .map(Names::clean)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }
}
