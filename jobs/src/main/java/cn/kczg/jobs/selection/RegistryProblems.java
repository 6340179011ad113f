package cn.kczg.jobs.selection;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.program.CategoryRule;
import cn.kczg.schemas.program.ChannelRule;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.result.OrgProgress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry's problems under one program, each reported once with the number of organizations it
 * affects, a few of them, and the fix, not once per organization: a 机构类型 the program does not know,
 * a 办学层次 without targets, a 推荐渠道 that may not recommend the organization's category (unknown to the
 * rulebook, or for other categories). A registry with 17 unknown channels gives 17 lines, however
 * many organizations carry them.
 */
final class RegistryProblems {
  /** Organizations named per problem; the count says how many there are in all. */
  static final int EXAMPLES = 3;

  private final Rulebook rulebook;
  private final Map<String, Problem> problems = new LinkedHashMap<>();

  private static final class Problem {
    final String what;
    final String fix;
    final List<String> examples = new ArrayList<>();
    int organizations;
    int meetingAll;

    Problem(String what, String fix) {
      this.what = what;
      this.fix = fix;
    }
  }

  RegistryProblems(Rulebook rulebook) {
    this.rulebook = rulebook;
  }

  /** An organization left out: its category is not one of the program's. */
  void unknownCategory(Organization org) {
    add(
        "category|" + org.category(),
        Messages.current().text("registry.unknown_category", org.category(), rulebook.id()),
        Messages.current()
            .text(
                "registry.unknown_category.fix",
                Messages.current()
                    .list(rulebook.categories().stream().map(CategoryRule::name).toList())),
        org.orgId() + " " + org.name(),
        false);
  }

  /** An organization left out: its level has no targets in its category. */
  void levelWithoutTargets(Organization org) {
    String level = org.level() == null ? "" : org.level();
    add(
        "level|" + org.category() + "|" + level,
        Messages.current().text("registry.level", level, org.category(), rulebook.id()),
        Messages.current().text("registry.level.fix"),
        org.orgId() + " " + org.name(),
        false);
  }

  /** Notes an organization whose channel may not recommend its category, if it is one. */
  void checkChannel(OrgProgress p) {
    boolean allowed =
        rulebook.channel(p.channel()).map(ChannelRule::categories).orElse(List.of()).stream()
            .anyMatch(p.category()::equals);
    if (!allowed && !rulebook.channels().isEmpty()) {
      add(
          "channel|" + p.channel() + "|" + p.category(),
          Messages.current().text("registry.channel", p.channel(), p.category(), rulebook.id())
              + (rulebook.channel(p.channel()).isEmpty()
                  ? Messages.current().text("registry.channel.unknown")
                  : ""),
          Messages.current().text("registry.channel.fix"),
          p.orgId() + " " + p.orgName(),
          p.metAll());
    }
  }

  private void add(String key, String what, String fix, String example, boolean meetsAll) {
    Problem problem = problems.computeIfAbsent(key, k -> new Problem(what, fix));
    problem.organizations++;
    problem.meetingAll += meetsAll ? 1 : 0;
    if (problem.examples.size() < EXAMPLES) {
      problem.examples.add(example);
    }
  }

  /** One line per problem, in the order first met. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    problems.forEach(
        (key, p) ->
            out.add(
                Errors.registryProblem(
                    p.what, p.organizations, consequence(key, p), p.examples, p.fix)));
    return out;
  }

  private static String consequence(String key, Problem p) {
    Messages m = Messages.current();
    if (!key.startsWith("channel|")) {
      return m.text("registry.left_out");
    }
    return p.meetingAll == 0
        ? m.text("registry.not_recommendable_none")
        : m.text("registry.not_recommendable", p.meetingAll);
  }
}
