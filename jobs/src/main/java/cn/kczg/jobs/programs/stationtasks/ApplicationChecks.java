package cn.kczg.jobs.programs.stationtasks;

import cn.kczg.jobs.programs.InputRow;
import cn.kczg.jobs.programs.InputRows;
import cn.kczg.jobs.programs.RowProblem;
import cn.kczg.schemas.text.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * The guide's rules on who may apply, checked per station: the applicant's type (四（一）5（2） 申报主体) and
 * "申报单位不得重复申报近2年内已获得支持的相同内容的项目" (一 2) against the list of projects supported before. A station
 * breaking one is listed; its tasks are still counted.
 */
final class ApplicationChecks {
  /** The fields of the supported-projects list the type reads. */
  static final List<String> PROJECT_FIELDS = List.of("applicant", "content", "year", "project");

  private ApplicationChecks() {}

  /** Where an applicant's type stands. */
  enum Applicant {
    ALLOWED("符合"),
    NOT_ALLOWED("不符"),
    NOT_STATED("未填报"),
    NOT_CHECKED("不核查");

    final String label;

    Applicant(String label) {
      this.label = label;
    }
  }

  /**
   * One station's checks.
   *
   * @param station the station
   * @param applicant where its applicant's type stands
   * @param repeats the projects of the same content supported in the recent years
   * @param exempt true when its support (连续支持, 委托) is exempt from the repeat rule
   */
  record Check(TaskStation station, Applicant applicant, List<InputRow> repeats, boolean exempt) {
    Check {
      repeats = List.copyOf(repeats);
    }

    /** True when the station applies again for content supported in the recent years. */
    boolean repeated() {
      return !repeats.isEmpty() && !exempt;
    }
  }

  /** The checks, in station order, and one problem per rule broken. */
  record Result(List<Check> checks, List<RowProblem> problems) {}

  static Result check(
      StationTasksRules rules, InputRows list, List<TaskStation> stations, InputRows supported) {
    List<Check> checks = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    for (TaskStation s : stations) {
      Check c =
          new Check(s, applicant(rules, s), repeats(rules, s, supported.rows()), exempt(rules, s));
      if (c.applicant() == Applicant.NOT_ALLOWED || c.applicant() == Applicant.NOT_STATED) {
        problems.add(
            RowProblem.of(
                s.row(),
                list.label("applicant_type"),
                s.applicant()
                    + (c.applicant() == Applicant.NOT_STATED
                        ? " states no applicant type"
                        : " is a " + s.applicantType())
                    + "; the guide accepts "
                    + String.join("、", rules.applicantTypes())
                    + " for this project (四（一）5（2） 申报主体)"));
      }
      if (c.repeated()) {
        problems.add(
            RowProblem.of(
                s.row(),
                list.label("applicant"),
                s.applicant()
                    + " was supported for "
                    + rules.repeat().content()
                    + " in "
                    + String.join(
                        "、", c.repeats().stream().map(ApplicationChecks::project).toList())
                    + "; 近"
                    + rules.repeat().years()
                    + "年内已获得支持的相同内容的项目 may not be applied for again (一 2), unless it is "
                    + String.join(" or ", rules.repeat().exempt())));
      }
      checks.add(c);
    }
    return new Result(checks, problems);
  }

  /** A supported project as people read it: "2023 湖南省茶叶学会安化服务站". */
  static String project(InputRow p) {
    String name = p.text("project");
    return p.count("year") + (name.isEmpty() ? "" : " " + name);
  }

  private static Applicant applicant(StationTasksRules rules, TaskStation s) {
    if (rules.applicantTypes().isEmpty()) {
      return Applicant.NOT_CHECKED;
    }
    if (s.applicantType().isEmpty()) {
      return Applicant.NOT_STATED;
    }
    return rules.applicantTypes().stream()
            .anyMatch(t -> Names.normalize(t).equals(Names.normalize(s.applicantType())))
        ? Applicant.ALLOWED
        : Applicant.NOT_ALLOWED;
  }

  private static List<InputRow> repeats(
      StationTasksRules rules, TaskStation s, List<InputRow> supported) {
    StationTasksRules.RepeatRule rule = rules.repeat();
    if (rule == null) {
      return List.of();
    }
    return supported.stream()
        .filter(p -> Names.normalize(p.text("applicant")).equals(Names.normalize(s.applicant())))
        .filter(p -> Names.normalize(p.text("content")).equals(Names.normalize(rule.content())))
        .filter(p -> p.has("year"))
        .filter(p -> p.count("year") >= rule.programYear() - rule.years())
        .filter(p -> p.count("year") < rule.programYear())
        .toList();
  }

  private static boolean exempt(StationTasksRules rules, TaskStation s) {
    return rules.repeat() != null
        && !s.support().isEmpty()
        && rules.repeat().exempt().stream()
            .anyMatch(e -> Names.normalize(e).equals(Names.normalize(s.support())));
  }
}
